using System.Collections.Frozen;
using System.Text.Json;
using Json.Schema;

namespace FactoryCps.Sboms;

/// <summary>One schema violation: where in the document and the validator's (English) explanation.</summary>
internal sealed record SchemaViolation(string Path, string Detail);

/// <summary>
/// Validates CycloneDX JSON against the schema of its <c>specVersion</c>. The schemas are embedded and the two
/// they reference (<c>spdx.schema.json</c>, <c>jsf-0.82.schema.json</c>) are registered under their <c>$id</c> in a
/// registry of our own, so nothing is ever fetched from cyclonedx.org.
/// </summary>
internal static class CycloneDxSchemas
{
    public static readonly IReadOnlyList<string> SupportedVersions = ["1.2", "1.3", "1.4", "1.5", "1.6"];

    // 1.2 and 1.3 use the normal schemas, not the "-strict" ones the upstream test suite uses: the strict ones
    // only allow the "$schema" URL of the b/a revision, which real SBOMs (bom-examples) do not write; every
    // upstream valid/invalid test file gets the same verdict with either.
    private static readonly Lazy<FrozenDictionary<string, JsonSchema>> Schemas = new(Build);

    private static readonly EvaluationOptions Options = new()
    {
        OutputFormat = OutputFormat.List,
        // The JSF signature algorithm is "oneOf [known names, format uri]": without format assertions a
        // known name such as "ES256" would match both branches and valid signed BOMs would fail.
        RequireFormatValidation = true,
        FormatRegistry = LenientIriReference(),
    };

    public static bool IsSupported(string version) => SupportedVersions.Contains(version);

    public static IReadOnlyList<SchemaViolation> Validate(JsonElement document, string version)
    {
        if (!Schemas.Value.TryGetValue(version, out var schema))
        {
            throw new ArgumentException($"CycloneDX {version} is not supported.", nameof(version));
        }

        var results = schema.Evaluate(document, Options);
        if (results.IsValid)
        {
            return [];
        }

        // Deepest first: a failed oneOf also reports "required" errors from the branches that did not apply,
        // one level up; the deepest error is almost always the one that explains the problem.
        return [.. (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .OrderByDescending(d => d.InstanceLocation.SegmentCount)
            .SelectMany(d => d.Errors!.Select(e => new SchemaViolation(JsonPaths.FromPointer(d.InstanceLocation.ToString()), $"{e.Key}: {e.Value}")))
            .DefaultIfEmpty(new SchemaViolation(JsonPaths.Root, "schema"))];
    }

    /// <summary>
    /// <c>iri-reference</c> (licence and external-reference URLs) is left as an annotation, as draft-07 allows
    /// for any format. Real SBOMs write free text there: bom-examples' OBOM has
    /// <c>"http://…/LICENSE-2.0.txt and http://…/cddl1.txt"</c> and Maven placeholders such as <c>${project.scm.tag}</c>;
    /// rejecting a whole SBOM for a link that is never followed would help nobody. No upstream test file depends on it.
    /// </summary>
    private static FormatRegistry LenientIriReference()
    {
        var registry = new FormatRegistry();
        registry.Register(new PredicateFormat("iri-reference", _ => true));
        return registry;
    }

    private static FrozenDictionary<string, JsonSchema> Build()
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        JsonSchema.FromText(SbomResources.Read("spdx.schema.json"), options);
        JsonSchema.FromText(SbomResources.Read("jsf-0.82.schema.json"), options);
        return SupportedVersions.ToFrozenDictionary(v => v, v => JsonSchema.FromText(SbomResources.Read($"bom-{v}.schema.json"), options));
    }
}
