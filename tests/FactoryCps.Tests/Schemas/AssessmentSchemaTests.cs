using System.Text.Json;
using FactoryCps.Checklists.Files;
using FactoryCps.Yaml;
using Json.Schema;

namespace FactoryCps.Tests.Schemas;

/// <summary>schemas/assessment-1.schema.json, for editors, agrees with the sample answers and with the reader.</summary>
public sealed class AssessmentSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromFile(Path.Combine(TestPaths.RepositoryRoot, "schemas", "assessment-1.schema.json"));

    public static TheoryData<string> Samples =>
        [.. Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "samples", "assessments"), "*.yaml").Select(f => Path.GetFileName(f))];

    private static EvaluationResults Evaluate(string yaml)
    {
        var tree = SafeYamlParser.Read(yaml, "answers.yaml", YamlLimits.Default);
        Assert.True(tree.Succeeded);
        using var document = JsonDocument.Parse(YamlJson.ToJson(tree.Root!)!.ToJsonString());
        return Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_sample_is_valid_for_the_schema_and_the_reader(string file)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "samples", "assessments", file));

        var results = Evaluate(text);

        Assert.True(results.IsValid, string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        Assert.True(AssessmentFileReader.ReadText(text, file).Succeeded);
    }

    [Theory]
    [InlineData("kind: assessment\nformat: 1\nsite: k\n")]
    [InlineData("kind: assessment\nformat: 1\nsite: k\nround: { title: T, due: 2026-09-30, scope: { zones: [z1] } }\nanswers:\n  - { question: q, level: 4, comment: ok, answeredAt: 2026-06-01T09:00:00Z }\n  - { question: r, level: na, reason: none }\n  - { question: s, level: null }\n")]
    [InlineData("kind: assessment\nformat: 1\nsite: k\nx-owner: plant\nanswers:\n  - { question: q, level: 0, x-ticket: 42 }\n")]
    public void What_the_reader_accepts_the_schema_accepts(string yaml)
    {
        Assert.True(AssessmentFileReader.ReadText(yaml, "a.yaml").Succeeded);
        Assert.True(Evaluate(yaml).IsValid);
    }

    [Theory]
    [InlineData("format: 1\nsite: k\n")]
    [InlineData("kind: assessment\nformat: 2\nsite: k\n")]
    [InlineData("kind: assessment\nformat: 1\nsite: K\n")]
    [InlineData("kind: assessment\nformat: 1\nsite: k\nanswers:\n  - { question: q, level: 5 }\n")]
    [InlineData("kind: assessment\nformat: 1\nsite: k\nanswers:\n  - { question: q, level: '3' }\n")]
    [InlineData("kind: assessment\nformat: 1\nsite: k\nanswers:\n  - { question: q, level: na }\n")]
    [InlineData("kind: assessment\nformat: 1\nsite: k\nanswers:\n  - { question: q, level: 2, reason: r }\n")]
    [InlineData("kind: assessment\nformat: 1\nsite: k\nanswers:\n  - { question: q, comment: c }\n")]
    [InlineData("kind: assessment\nformat: 1\nsite: k\nanswers:\n  - { question: q, levle: 1 }\n")]
    [InlineData("kind: assessment\nformat: 1\nsite: k\nround: { due: soon }\n")]
    public void What_the_reader_refuses_for_its_structure_the_schema_refuses(string yaml)
    {
        Assert.False(AssessmentFileReader.ReadText(yaml, "a.yaml").Succeeded);
        Assert.False(Evaluate(yaml).IsValid);
    }
}
