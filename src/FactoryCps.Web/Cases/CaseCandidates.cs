using System.Text.Json;
using FactoryCps.Advisories;
using FactoryCps.Localization;
using FactoryCps.Matching;
using FactoryCps.Web.Advisories;
using FactoryCps.Web.Sites;

namespace FactoryCps.Web.Cases;

/// <summary>
/// A site's advisory matches as case candidates, with the match a preventive case keeps (its <see cref="CaseMatch"/>):
/// the advisories feature finds the matches, the cases feature decides what a case records of them.
/// </summary>
internal static class CaseCandidates
{
    /// <summary>Each match as a case candidate: one per asset, component, advisory and product.</summary>
    public static async Task<List<MatchCandidate>> OfAsync(SiteMatches matches, SiteEntity site, CancellationToken cancellationToken = default)
    {
        if (await matches.MatchAsync(site, cancellationToken) is not { } result)
        {
            return [];
        }

        var documents = (await matches.AdvisoriesAsync(cancellationToken)).Documents;
        return [.. result.Matches.Select(m => Candidate(m, documents.GetValueOrDefault(m.Advisory.TrackingId)))];
    }

    private static MatchCandidate Candidate(AdvisoryMatch m, CsafDocument? document)
    {
        var groups = document?.ProductTree.ProductGroups.Where(g => g.ProductIds.Contains(m.Product.ProductId)).Select(g => g.GroupId).ToHashSet(StringComparer.Ordinal) ?? [];
        var remediations = document?.Vulnerabilities
            .Where(v => v.Cve is null || m.Cves.Contains(v.Cve))
            .SelectMany(v => v.Remediations)
            .Where(r => r.ProductIds.Contains(m.Product.ProductId) || r.GroupIds.Any(groups.Contains))
            .Select(r => new Remediation(r.Category, r.Details, null))
            .Distinct()
            .Take(20)
            .ToList() ?? [];
        var match = new CaseMatch
        {
            AdvisoryId = m.Advisory.TrackingId,
            AdvisoryVersion = m.Advisory.Version,
            Publisher = document?.Publisher.Name ?? "",
            ProductId = m.Product.ProductId,
            Component = m.Target.Component,
            Cves = string.Join(", ", m.Cves),
            Method = m.Method switch { MatchMethod.Cpe => "cpe", MatchMethod.Purl => "purl", _ => "name+version" },
            Confidence = m.Confidence.ToString().ToLowerInvariant(),
            Review = m.Review,
            Reason = Truncate(string.Join("; ", m.Reasons.Select(r => r.Text.Render(Language.En))), 2000),
            Remediations = remediations.Count == 0 ? null : Truncate(JsonSerializer.Serialize(remediations, JsonSerializerOptions.Web), 60_000),
        };
        var cves = m.Cves.Count == 0 ? m.Advisory.TrackingId : string.Join(", ", m.Cves.Take(3)) + (m.Cves.Count > 3 ? " …" : "");
        var title = Truncate($"{cves}: {m.Product.FullName} ({m.Advisory.TrackingId})", 500);
        return new MatchCandidate(Truncate(SiteMatches.KeyOf(m), 1000), m.Asset.Id, title, m.Cvss?.BaseScore, match);
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
