using System.Text.Json;
using System.Text.Json.Nodes;
using FactoryCps.Advisories;

namespace FactoryCps.Tests.Advisories;

/// <summary>
/// The compiled yes/no schema check must agree with the full JsonSchema.Net evaluation; it decides alone when a
/// document is valid, so a disagreement would hide schema errors.
/// </summary>
public sealed class CompiledSchemaTests
{
    private static string Oasis => Path.Combine(TestPaths.Shared, "data", "oasis-csaf", "csaf_2.0");

    public static TheoryData<string> OasisFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Oasis, "test", "validator", "data"), "*.json", SearchOption.AllDirectories)
                     .Concat(Directory.GetFiles(Path.Combine(Oasis, "examples", "csaf"), "*.json", SearchOption.AllDirectories))
                     .Where(f => !f.EndsWith("testcases.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Oasis, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OasisFiles))]
    public void Agrees_with_the_full_evaluation_on_the_oasis_files(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Oasis, file)));

        Assert.Equal(CsafSchema.Instance.Evaluate(json.RootElement).IsValid, CsafSchema.IsValid(json.RootElement));
    }

    [Theory]
    [InlineData("required property removed", "/document/tracking", "remove:id")]
    [InlineData("wrong type", "/document", "set:title=5")]
    [InlineData("empty string (minLength)", "/document", "set:title=\"\"")]
    [InlineData("value outside the enum", "/document", "/document/tracking:set:status=\"gone\"")]
    [InlineData("repeated item (uniqueItems)", "/vulnerabilities/0/product_status", "set:known_affected=[\"CSAFPID-0001\",\"CSAFPID-0001\"]")]
    [InlineData("pattern", "/document", "set:lang=\"not a language\"")]
    [InlineData("CVSS score out of range", "/vulnerabilities/0/scores/0/cvss_v3", "set:baseScore=11")]
    [InlineData("CVSS vector of the wrong shape", "/vulnerabilities/0/scores/0/cvss_v3", "set:vectorString=\"CVSS:3.1/AV:Q\"")]
    [InlineData("empty array (minItems)", "/vulnerabilities/0", "set:notes=[]")]
    [InlineData("empty object (minProperties)", "/vulnerabilities/0", "set:product_status={}")]
    public void Rejects_what_the_full_evaluation_rejects(string what, string at, string edits)
    {
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Shared, "data", "cisa-csaf-ics", "csaf_files", "OT", "white", "2023", "icsa-23-348-10.json")))!;
        foreach (var edit in edits.Split('|'))
        {
            var parts = edit.Split(':', 2);
            var (path, action) = parts[0].StartsWith('/') ? (parts[0], parts[1]) : (at, edit);
            var target = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Aggregate(document, (node, part) => int.TryParse(part, out var index) ? node[index]! : node[part]!).AsObject();
            if (action.StartsWith("remove:", StringComparison.Ordinal))
            {
                target.Remove(action["remove:".Length..]);
            }
            else
            {
                var (name, value) = (action[4..action.IndexOf('=', StringComparison.Ordinal)], action[(action.IndexOf('=', StringComparison.Ordinal) + 1)..]);
                target[name] = JsonNode.Parse(value);
            }
        }

        var element = JsonSerializer.SerializeToElement(document);
        Assert.False(CsafSchema.Instance.Evaluate(element).IsValid, what);
        Assert.False(CsafSchema.IsValid(element), what);
    }

    [Fact]
    public void Accepts_the_unchanged_advisory()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(TestPaths.Shared, "data", "cisa-csaf-ics", "csaf_files", "OT", "white", "2023", "icsa-23-348-10.json")));

        Assert.True(CsafSchema.IsValid(json.RootElement));
    }
}
