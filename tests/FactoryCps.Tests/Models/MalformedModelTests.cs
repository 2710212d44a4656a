using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FactoryCps.Analysis;
using FactoryCps.Catalog.Loading;
using FactoryCps.Diagnostics;
using FactoryCps.Localization;
using FactoryCps.Tests.Cli;
using FactoryCps.Yaml;

namespace FactoryCps.Tests.Models;

/// <summary>
/// The malformed-model corpus (Models/Malformed): each file is a valid model with one defect, and names the
/// diagnostic it must produce on its first line (<c># expect: Key line:column path</c>; JSON files, which
/// cannot hold comments, in a <c>NAME.json.expect</c> sidecar). Both <c>fcps validate</c> and the loader
/// must reject it with that diagnostic, and nothing may be built from it.
/// </summary>
public sealed partial class MalformedModelTests
{
    private const int MinimumCases = 45;
    private const string SidecarExtension = ".expect";

    /// <summary>Read from the source tree, so that a new case needs no project change.</summary>
    private static string Folder => Path.Combine(TestPaths.RepositoryRoot, "tests", "FactoryCps.Tests", "Models", "Malformed");

    public static TheoryData<string> Cases => [.. CaseNames()];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_rejects_the_model_with_its_specific_error(string name)
    {
        var path = Path.Combine(Folder, name);
        var expected = Expectation.Of(path);

        var loaded = ModelLoader.LoadFile(path, CatalogLoader.Default);
        var cli = CliRunner.Run("validate", path, "--lang", "en");

        Assert.True(loaded.Model is null, $"the loader accepted the model; diagnostics:\n{Describe(loaded.Diagnostics)}");
        var diagnostic = loaded.Diagnostics.FirstOrDefault(expected.Matches);
        Assert.True(diagnostic is not null, $"expected {expected}; the loader reported:\n{Describe(loaded.Diagnostics)}");
        Assert.Equal(Severity.Error, diagnostic.Severity);

        Assert.True(cli.ExitCode == 2, $"exit code {cli.ExitCode}, expected 2\nstdout: {cli.Out}\nstderr: {cli.Error}");
        Assert.Equal("", cli.Out);
        Assert.Contains(diagnostic.Render(Language.En), cli.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Report_rejects_the_model_and_writes_nothing_to_out(string name)
    {
        var root = Directory.CreateTempSubdirectory("fcps-malformed-report-").FullName;
        try
        {
            var output = Path.Combine(root, "out");

            var cli = CliRunner.Run("report", Path.Combine(Folder, name), "--out", output, "--format", "html,xlsx,md,json,svg");

            Assert.Equal(2, cli.ExitCode);
            Assert.False(Directory.Exists(output), $"{name}: report created {output}");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void The_corpus_has_enough_cases_and_every_sidecar_belongs_to_a_json_case()
    {
        var files = Directory.GetFiles(Folder).Select(f => Path.GetFileName(f)).ToList();
        var cases = CaseNames().ToHashSet(StringComparer.Ordinal);

        Assert.True(cases.Count >= MinimumCases, $"{cases.Count} cases; the corpus needs at least {MinimumCases}");
        Assert.All(cases, name => Assert.True(IsYaml(name) || IsJson(name), $"{name}: a case is a .yaml or .json file"));
        Assert.All(
            files.Where(f => f.EndsWith(SidecarExtension, StringComparison.Ordinal)),
            sidecar =>
            {
                var model = sidecar[..^SidecarExtension.Length];
                Assert.True(IsJson(model) && cases.Contains(model), $"{sidecar} has no JSON case {model}");
            });
    }

    [Fact]
    public void A_file_over_the_size_limit_is_rejected_without_being_read()
    {
        var path = Path.Combine(Path.GetTempPath(), $"fcps-huge-{Guid.NewGuid():N}.yaml");
        try
        {
            WriteValidModelPaddedTo(path, YamlLimits.Default.MaxBytes + 1);

            var loaded = ModelLoader.LoadFile(path, CatalogLoader.Default);
            var cli = CliRunner.Run("validate", path, "--lang", "en");

            Assert.Null(loaded.Model);
            var diagnostic = Assert.Single(loaded.Diagnostics);
            Assert.Equal("YamlTooLarge", diagnostic.Message.Key);
            Assert.Equal(Severity.Error, diagnostic.Severity);
            Assert.Equal(2, cli.ExitCode);
            Assert.Equal("", cli.Out);
            Assert.Contains(diagnostic.Render(Language.En), cli.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Analyze_rejects_a_malformed_model_and_writes_nothing_to_stdout()
    {
        var path = Path.Combine(Folder, "dangling-asset-zone.yaml");
        var expected = Expectation.Of(path);
        var diagnostics = ModelLoader.LoadFile(path, CatalogLoader.Default).Diagnostics;
        var diagnostic = diagnostics.FirstOrDefault(expected.Matches);
        Assert.True(diagnostic is not null, $"expected {expected}; the loader reported:\n{Describe(diagnostics)}");

        foreach (var format in new[] { "text", "json" })
        {
            var cli = CliRunner.Run("analyze", path, "--lang", "en", "--format", format, "--date", "2026-06-01");

            Assert.True(cli.ExitCode == 2, $"--format {format}: exit code {cli.ExitCode}, expected 2\nstderr: {cli.Error}");
            Assert.Equal("", cli.Out);
            Assert.Contains(diagnostic.Render(Language.En), cli.Error, StringComparison.Ordinal);
        }
    }

    private static IEnumerable<string> CaseNames() =>
        Directory.GetFiles(Folder)
            .Select(f => Path.GetFileName(f))
            .Where(name => !name.EndsWith(SidecarExtension, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static bool IsYaml(string name) => name.EndsWith(".yaml", StringComparison.Ordinal);

    private static bool IsJson(string name) => name.EndsWith(".json", StringComparison.Ordinal);

    private static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join('\n', diagnostics.Select(d => string.Create(
            CultureInfo.InvariantCulture,
            $"  {d.Severity} {d.Message.Key} {d.Location?.Line}:{d.Location?.Column} {PathOf(d)}")));

    private static string PathOf(Diagnostic diagnostic) => string.IsNullOrEmpty(diagnostic.Path) ? "-" : diagnostic.Path;

    /// <summary>A valid model (samples/minimal.yaml) made too large by trailing comment lines: size is its only defect.</summary>
    private static void WriteValidModelPaddedTo(string path, long bytes)
    {
        var padding = "# " + new string('x', 1021) + "\n";
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        writer.Write(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "samples", "minimal.yaml")));
        writer.Flush();
        while (writer.BaseStream.Length < bytes)
        {
            writer.Write(padding);
            writer.Flush();
        }
    }

    /// <summary>One case's expected diagnostic: message key, 1-based line and column, and path (<c>-</c> for none).</summary>
    private sealed record Expectation(string Key, int Line, int Column, string Path)
    {
        public static Expectation Of(string modelPath)
        {
            // A YAML case states it in its first line; a JSON case, which cannot hold comments, in a sidecar.
            var (line, prefix) = IsJson(modelPath)
                ? (File.ReadLines(modelPath + SidecarExtension).FirstOrDefault(), "")
                : (File.ReadLines(modelPath).FirstOrDefault(), "# ");
            var match = line is null || !line.StartsWith(prefix, StringComparison.Ordinal)
                ? Match.Empty
                : ExpectationLine().Match(line[prefix.Length..]);
            Assert.True(match.Success, $"{modelPath}: the expectation must read '{prefix}expect: <MessageKey> <line>:<column> <path>', found '{line}'");
            return new Expectation(
                match.Groups["key"].Value,
                int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture),
                int.Parse(match.Groups["column"].Value, CultureInfo.InvariantCulture),
                match.Groups["path"].Value);
        }

        public bool Matches(Diagnostic diagnostic) =>
            diagnostic.Message.Key == Key
            && diagnostic.Location is { } location
            && location.Line == Line
            && location.Column == Column
            && PathOf(diagnostic) == Path;

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Key} {Line}:{Column} {Path}");
    }

    [GeneratedRegex(@"^expect: (?<key>[A-Za-z0-9]+) (?<line>[0-9]+):(?<column>[0-9]+) (?<path>\S+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ExpectationLine();
}
