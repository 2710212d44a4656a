using System.Globalization;
using System.Text;
using FactoryCps.Analysis;
using FactoryCps.Catalog.Loading;
using FactoryCps.Diagnostics;
using FactoryCps.Localization;
using FactoryCps.Tests.Cli;
using FactoryCps.Yaml;

namespace FactoryCps.Tests.Yaml;

/// <summary>
/// Files built to be expensive, under the size limit and generated here (nothing checked in): each must be refused
/// by the limit it runs into, with the line and column where it did and the limit named, through the loader and
/// `fcps validate` (exit 2). Time and memory are measured outside the suite (docs/analysis.md, "Limits").
/// </summary>
public sealed class HostileYamlTests
{
    private const string Head = "format: 1\nsite: { id: s }\n";

    private static readonly YamlLimits Limits = YamlLimits.Default;

    public static TheoryData<string> Kinds => [.. Hostile.Keys];

    /// <summary>Each kind: how to write it, the diagnostic it must end in, and where (line, column; 0 = any).</summary>
    private static readonly Dictionary<string, (Action<TextWriter> Write, string Key, object Limit, int Line, int Column)> Hostile = new()
    {
        // Lists of small lists under x- fields (which a model ignores), each list within the width limit.
        ["many small nested lists"] = (w =>
        {
            w.Write(Head);
            for (var list = 0; list < 8; list++)
            {
                w.Write(string.Create(CultureInfo.InvariantCulture, $"x-l{list}:\n"));
                for (var i = 0; i < 50_000; i++)
                {
                    w.Write("  - [[a], [b]]\n");
                }
            }
        }, "YamlTooManyNodes", Limits.MaxNodes, 0, 0),

        // Unknown keys at the top level: the 1,001st key (after format and site) is on line 1,001.
        ["a mapping of unknown keys"] = (w =>
        {
            w.Write(Head);
            for (var i = 0; i < 5_000; i++)
            {
                w.Write(string.Create(CultureInfo.InvariantCulture, $"k{i}: 1\n"));
            }
        }, "YamlTooManyEntries", Limits.MaxEntries, 1_001, 1),

        // One flow list, too wide: "x-w: [" is six characters, item n starts at column 7 + 2n.
        ["a wide list"] = (w =>
        {
            w.Write(Head + "x-w: [");
            for (var i = 0; i < 100_000; i++)
            {
                w.Write("a,");
            }

            w.Write("a]\n");
        }, "YamlTooManyItems", Limits.MaxItems, 3, 7 + (2 * Limits.MaxItems)),

        // Nesting deeper than the limit: the root is level 1, x-d's value level 2.
        ["deep nesting"] = (w => w.Write(Head + "x-d: " + new string('[', 100) + new string(']', 100) + "\n"),
            "YamlTooDeep", Limits.MaxDepth, 3, 6 + Limits.MaxDepth - 1),

        ["a long key"] = (w => w.Write(Head + "x-" + new string('k', 300) + ": 1\n"), "YamlKeyTooLong", Limits.MaxKeyChars, 3, 1),

        ["a long value"] = (w => w.Write(Head + "x-v: " + new string('v', 200_000) + "\n"), "YamlScalarTooLong", Limits.MaxScalarChars, 3, 6),

        // Values each within their limit, too much text together.
        ["many long values"] = (w =>
        {
            w.Write(Head + "x-v:\n");
            for (var i = 0; i < 200; i++)
            {
                w.Write("  - " + new string('v', 90_000) + "\n");
            }
        }, "YamlTooMuchText", Limits.MaxScalarCharsTotal, 4 + (int)(Limits.MaxScalarCharsTotal / 90_000), 5),

        // Aliases to a list: small on disk, each alias charged as the list it repeats.
        ["many aliases to a list"] = (w =>
        {
            w.Write(Head + "x-base: &a [" + string.Join(",", Enumerable.Repeat("a", 999)) + "]\nx-copies:\n");
            for (var i = 0; i < 5_000; i++)
            {
                w.Write("  - *a\n");
            }
        }, "YamlTooManyNodes", Limits.MaxNodes, 0, 5),

        // Aliases to a long value: the text budget counts each repetition.
        ["many aliases to a long value"] = (w =>
        {
            w.Write(Head + "x-base: &s " + new string('v', 90_000) + "\nx-copies:\n");
            for (var i = 0; i < 500; i++)
            {
                w.Write("  - *s\n");
            }
        }, "YamlTooMuchText", Limits.MaxScalarCharsTotal, 5 + (int)(Limits.MaxScalarCharsTotal / 90_000) - 1, 5),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_file_built_to_be_expensive_is_refused_at_the_limit_it_reaches(string kind)
    {
        var (write, key, limit, line, column) = Hostile[kind];
        var path = Path.Combine(Path.GetTempPath(), $"fcps-hostile-{Guid.NewGuid():N}.yaml");
        try
        {
            using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(false)))
            {
                write(writer);
            }

            Assert.True(new FileInfo(path).Length <= Limits.MaxBytes, "the file must be under the size limit");

            var loaded = ModelLoader.LoadFile(path, CatalogLoader.Default);
            var cli = CliRunner.Run("validate", path, "--lang", "en");

            Assert.Null(loaded.Model);
            var diagnostic = Assert.Single(loaded.Diagnostics);
            Assert.Equal(key, diagnostic.Message.Key);
            Assert.Equal(Convert.ToInt64(limit, CultureInfo.InvariantCulture), Convert.ToInt64(Assert.Single(diagnostic.Message.Args), CultureInfo.InvariantCulture));
            Assert.True(diagnostic.Location!.Line > 2, $"no place named: {diagnostic.Location}");
            Assert.True(line == 0 || diagnostic.Location.Line == line, $"line {diagnostic.Location.Line}, expected {line}");
            Assert.True(column == 0 || diagnostic.Location.Column == column, $"column {diagnostic.Location.Column}, expected {column}");
            Assert.Equal(2, cli.ExitCode);
            Assert.Contains(diagnostic.Render(Language.En), cli.Error, StringComparison.Ordinal);
            Assert.Contains(Convert.ToInt64(limit, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture), cli.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_model_of_unknown_fields_lists_a_thousand_errors_and_says_there_are_more()
    {
        var yaml = new StringBuilder(Head + "assets:\n");
        for (var i = 0; i < 3_000; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - {{ id: a{i}, kind: plc, bogus: 1 }}\n");
        }

        var loaded = ModelLoader.LoadText(yaml.ToString(), "model.yaml", CatalogLoader.Default);

        Assert.Null(loaded.Model);
        Assert.Equal(DiagnosticBag.MaxErrors + 1, loaded.Diagnostics.Count(d => d.Severity == Severity.Error));
        var last = loaded.Diagnostics.Last(d => d.Severity == Severity.Error);
        Assert.Equal("TooManyErrors", last.Message.Key);
        Assert.Contains("1000", last.Render(Language.Ja), StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_of_a_json_file_is_checked_without_a_document_and_errors_keep_their_place()
    {
        var result = SafeYamlParser.Read("{\n  \"a\": [1, 2,]\n}\n", "model.json", Limits);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("JsonSyntax", error.Message.Key);
        Assert.Equal(2, error.Location!.Line);
    }

    [Fact]
    public void A_file_with_a_byte_that_is_not_utf8_names_its_line_when_read_from_disk()
    {
        var path = Path.Combine(Path.GetTempPath(), $"fcps-bad-{Guid.NewGuid():N}.yaml");
        try
        {
            File.WriteAllBytes(path, [.. "format: 1\nsite: { id: s }\nx-a: "u8, 0xff, (byte)'\n']);

            var loaded = ModelLoader.LoadFile(path, CatalogLoader.Default);

            var error = Assert.Single(loaded.Diagnostics);
            Assert.Equal("YamlNotUtf8", error.Message.Key);
            Assert.Equal((3, 6), (error.Location!.Line, error.Location.Column));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
