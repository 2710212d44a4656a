using System.Text.Json;
using FactoryCps.Yaml;
using Json.Schema;

namespace FactoryCps.Tests.Schemas;

/// <summary>schemas/factory-model-1.schema.json, for editors, agrees with the samples and the spec's field names.</summary>
public sealed class ModelSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromFile(Path.Combine(TestPaths.RepositoryRoot, "schemas", "factory-model-1.schema.json"));

    public static TheoryData<string> Samples =>
        [.. Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "samples"), "*.yaml").Select(f => Path.GetFileName(f))];

    private static EvaluationResults Evaluate(string yaml)
    {
        var tree = SafeYamlParser.Read(yaml, "model.yaml", YamlLimits.Default);
        Assert.True(tree.Succeeded);
        using var document = JsonDocument.Parse(YamlJson.ToJson(tree.Root!)!.ToJsonString());
        return Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_sample_is_valid(string file)
    {
        var results = Evaluate(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "samples", file)));

        Assert.True(results.IsValid, string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Theory]
    [InlineData("format: 2\nsite: { id: a }\n")]
    [InlineData("format: 1\n")]
    [InlineData("format: 1\nsite: { id: a }\nassets:\n  - { id: p, kind: toaster, zone: z }\n")]
    [InlineData("format: 1\nsite: { id: a }\nassets:\n  - { id: p, kind: plc, zone: z, generalPurpse: true }\n")]
    [InlineData("format: 1\nsite: { id: a }\noperations:\n  - { id: o, impact: { safety: 4 } }\n")]
    [InlineData("format: 1\nsite: { id: A }\n")]
    public void Structural_errors_are_invalid(string yaml)
    {
        Assert.False(Evaluate(yaml).IsValid);
    }

    [Fact]
    public void Extension_fields_are_allowed()
    {
        Assert.True(Evaluate("format: 1\nsite: { id: a, x-erp-code: K01 }\nx-owner: plant\n").IsValid);
    }

    [Fact]
    public void The_schema_names_every_top_level_field_of_the_spec()
    {
        var spec = File.ReadAllText(Path.Combine(TestPaths.Shared, "spec", "factory-model.md"));
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "schemas", "factory-model-1.schema.json")));
        var properties = schema.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();

        foreach (var field in new[] { "format", "site", "objectives", "bcp", "requirements", "stakeholders", "operations", "assets", "zones", "externals", "conduits", "dataFlows", "countermeasures" })
        {
            Assert.Contains($"\n{field}:", spec, StringComparison.Ordinal);
            Assert.Contains(field, properties);
        }
    }
}
