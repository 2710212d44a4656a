using FactoryCps.Localization;
using FactoryCps.Resources;
using FactoryCps.Tests.Cli;

namespace FactoryCps.Tests.Procurement;

/// <summary><c>fcps procurement</c> as a user runs it: formats from the file name, exit codes, nothing written on error.</summary>
public sealed class ProcurementCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("fcps-procurement-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Writes_a_word_document_chosen_by_the_file_extension()
    {
        var output = Path.Combine(_dir, "out", "camera.docx");

        var result = CliRunner.Run("procurement", ProcurementFixture.SamplePath, "--item", "camera-line2", "--out", output, "--lang", "en", "--date", "2026-11-28");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(output, result.Out.Trim());
        using var document = ProcurementFixture.OpenDocx(File.ReadAllBytes(output));
        Assert.Equal(ProcurementFixture.Heading(nameof(ProcurementText.SectionScope), Language.En), ProcurementFixture.Styled(document, "Heading1")[0]);
        Assert.Equal(["camera.docx"], Directory.GetFiles(Path.GetDirectoryName(output)!).Select(Path.GetFileName));
    }

    [Fact]
    public void Format_overrides_the_extension_and_the_language_follows_lang()
    {
        var output = Path.Combine(_dir, "spec.txt");

        var result = CliRunner.Run("procurement", ProcurementFixture.SamplePath, "--item", "analytics-cloud", "--out", output, "--format", "md", "--lang", "ja");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith($"# {ProcurementFixture.Heading(nameof(ProcurementText.Title), Language.Ja)}", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_item_is_a_clear_error_with_exit_2_and_no_file()
    {
        var output = Path.Combine(_dir, "nothing.docx");

        var result = CliRunner.Run("procurement", ProcurementFixture.SamplePath, "--item", "no-such-item", "--out", output, "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'no-such-item'", result.Error, StringComparison.Ordinal);
        Assert.Contains("saas", result.Error, StringComparison.Ordinal); // the kinds an item may be
        Assert.Contains("analytics-cloud", result.Error, StringComparison.Ordinal); // the ids the model has
        Assert.Empty(Directory.GetFileSystemEntries(_dir));
    }

    [Fact]
    public void An_unknown_extension_without_format_is_a_usage_error_and_writes_nothing()
    {
        var result = CliRunner.Run("procurement", ProcurementFixture.SamplePath, "--item", "camera-line2", "--out", Path.Combine(_dir, "spec.pdf"), "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("spec.pdf", result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(_dir));
    }

    [Fact]
    public void A_format_outside_the_three_is_refused_by_the_parser()
    {
        var result = CliRunner.Run("procurement", ProcurementFixture.SamplePath, "--item", "camera-line2", "--out", Path.Combine(_dir, "spec.docx"), "--format", "pdf");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(Directory.GetFileSystemEntries(_dir));
    }
}
