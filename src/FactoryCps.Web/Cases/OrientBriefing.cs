using System.Text.Json;
using FactoryCps.Analysis;
using FactoryCps.Model;

namespace FactoryCps.Web.Cases;

/// <summary>An external connection of the asset's zone: the zone's exposure, which orient weighs.</summary>
internal sealed record ExposedConduit(string Conduit, string External, string? ExternalName, string Kind, IReadOnlyList<string> Controls);

/// <summary>A fix or mitigation the advisory gives for the matched product.</summary>
internal sealed record Remediation(string Category, string Details, string? Url);

/// <summary>
/// What orient needs to judge a case (ext:3.3 「状況判断」): the score, the asset's and its zone's importance, the
/// zone's external connections, the operations the asset serves, and the advisory's fixes and mitigations.
/// </summary>
internal sealed record OrientBriefing(
    Asset? Asset,
    ElementImportance? AssetImportance,
    ZoneResult? Zone,
    IReadOnlyList<ExposedConduit> Exposure,
    IReadOnlyList<ElementImportance> Operations,
    IReadOnlyList<Remediation> Remediations)
{
    public static OrientBriefing For(OodaCase c, AnalysisResult? analysis)
    {
        var model = analysis?.Model;
        var asset = model?.Assets.FirstOrDefault(a => a.Id == c.AssetId);
        var zone = analysis?.Zones.FirstOrDefault(z => z.Id == asset?.Zone);
        var externals = model?.Externals.ToDictionary(e => e.Id) ?? [];
        var exposure = model is null || zone is null ? [] : model.Conduits
            .Where(k => k.From == zone.Id || k.To == zone.Id)
            .Select(k => (Conduit: k, Other: k.From == zone.Id ? k.To : k.From))
            .Where(x => externals.ContainsKey(x.Other))
            .Select(x => new ExposedConduit(x.Conduit.Id, x.Other, externals[x.Other].Name, externals[x.Other].Kind, x.Conduit.Controls))
            .ToList();
        var operations = analysis is null || asset is null ? [] : analysis.Operations.Where(o => asset.Operations.Contains(o.Id)).ToList();
        return new OrientBriefing(asset, analysis?.Assets.FirstOrDefault(a => a.Id == c.AssetId), zone, exposure, operations, ReadRemediations(c.Match?.Remediations));
    }

    private static List<Remediation> ReadRemediations(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<Remediation>>(json, JsonSerializerOptions.Web) ?? [];
}
