using FactoryCps.Tests.Cli;

namespace FactoryCps.Tests.Reports;

public sealed class ReportCommandTests : IDisposable
{
    private readonly string _out = Path.Combine(Directory.CreateTempSubdirectory("fcps-report-").FullName, "out");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_out)!, recursive: true);

    [Fact]
    public void Writes_every_requested_format()
    {
        var result = CliRunner.Run("report", Path.Combine(TestPaths.RepositoryRoot, "samples", "smart-factory.yaml"), "--out", _out, "--format", "html,xlsx,md,json,svg", "--date", "2026-11-28");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            ["kawasaki-report.html", "kawasaki-report.json", "kawasaki-report.md", "kawasaki-report.svg", "kawasaki-report.xlsx"],
            Directory.GetFiles(_out).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("| sis-1 |", File.ReadAllText(Path.Combine(_out, "kawasaki-report.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_model_writes_nothing()
    {
        var model = Path.Combine(Path.GetDirectoryName(_out)!, "bad.yaml");
        File.WriteAllText(model, "format: 1\nsite: { id: s }\nassets: [{ id: a, kind: plc, zone: missing }]\n");

        var result = CliRunner.Run("report", model, "--out", _out);

        Assert.Equal(2, result.ExitCode);
        Assert.False(Directory.Exists(_out));
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error_and_writes_nothing()
    {
        var result = CliRunner.Run("report", Path.Combine(TestPaths.RepositoryRoot, "samples", "minimal.yaml"), "--out", _out, "--format", "html,pdf", "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("pdf", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_out));
    }
}
