using System.Text.Json.Nodes;
using FactoryCps.Localization;
using FactoryCps.Matching;

namespace FactoryCps.Cli.Advisories;

/// <summary>The JSON contract of <c>fcps advisories match</c> (docs/matching.md): identifiers in English, reasons in the chosen language.</summary>
internal static class MatchJson
{
    public static JsonObject Write(MatchResult result, MatchSummary summary, Language language, bool withSuppressed)
    {
        var json = new JsonObject
        {
            ["advisories"] = new JsonObject { ["folder"] = summary.Folder, ["documents"] = summary.Advisories, ["notCsaf"] = summary.NotCsaf },
            ["assets"] = new JsonObject { ["total"] = summary.Assets, ["identified"] = summary.IdentifiedAssets },
            ["matches"] = new JsonArray([.. result.Matches.Select(m => (JsonNode)Match(m, language))]),
        };
        if (withSuppressed)
        {
            json["suppressed"] = new JsonArray([.. result.Suppressed.Select(m => (JsonNode)Match(m, language))]);
        }

        return json;
    }

    public static string Method(MatchMethod method) => method switch
    {
        MatchMethod.Cpe => "cpe",
        MatchMethod.Purl => "purl",
        _ => "name+version",
    };

    public static string Reason(AdvisoryMatch match, Language language) => string.Join("; ", match.Reasons.Select(r => r.Text.Render(language)));

    private static JsonObject Match(AdvisoryMatch match, Language language)
    {
        var json = new JsonObject
        {
            ["asset"] = match.Asset.Id,
            ["component"] = match.Target.Component,
            ["advisory"] = new JsonObject { ["id"] = match.Advisory.TrackingId, ["version"] = match.Advisory.Version, ["title"] = match.Advisory.Title },
            ["productId"] = match.Product.ProductId,
            ["product"] = match.Product.FullName,
            ["cves"] = new JsonArray([.. match.Cves.Select(c => (JsonNode?)JsonValue.Create(c))]),
            ["cvss"] = match.Cvss is { } cvss
                ? new JsonObject { ["baseScore"] = cvss.BaseScore, ["severity"] = cvss.Severity, ["version"] = cvss.Version, ["vector"] = cvss.Vector, ["computed"] = cvss.Computed }
                : null,
            ["status"] = match.Status,
            ["method"] = Method(match.Method),
            ["confidence"] = match.Confidence.ToString().ToLowerInvariant(),
            ["review"] = match.Review,
            ["reason"] = Reason(match, language),
        };
        if (match.Justification is not null)
        {
            json["justification"] = match.Justification;
        }

        return json;
    }
}
