using FactoryCps.Matching;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Api;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Security;

namespace FactoryCps.Web.Advisories;

/// <summary>One match as the API gives it: the fields of <c>fcps advisories match --format json</c>.</summary>
internal sealed record MatchItem(
    string Asset, string? Component, string Advisory, string AdvisoryVersion, string ProductId, string Product,
    IReadOnlyList<string> Cves, double? Cvss, string Status, string Method, string Confidence, bool Review, string Reason, string? Justification);

/// <summary>GET /api/v1/sites/{site}/matches: which stored advisories apply to the site (and, asked, which are suppressed).</summary>
internal static class MatchEndpoints
{
    public static RouteGroupBuilder MapMatches(this RouteGroupBuilder api)
    {
        var tagged = api.MapGroup("").WithTags(ApiTags.Advisories);
        tagged.MapGet("/sites/{site}/matches", ListAsync).WithName("ListMatches")
            .WithSummary("The stored advisories matched against the site's assets and SBOMs; ?suppressed=true lists the fixed / not-affected ones instead.")
            .WithMetadata(new SitePermissionAttribute(SitePermission.View))
            .Produces<List<MatchItem>>();
        return api;
    }

    private static async Task<IResult> ListAsync(bool? suppressed, SiteContext access, HttpContext context, SiteMatches matches)
    {
        var result = await matches.MatchAsync(access.Site, context.RequestAborted);
        var rows = result is null ? [] : suppressed == true ? result.Suppressed : result.Matches;
        var language = Lang.Current;
        return ApiSetup.Json(rows.Select(m => new MatchItem(
            m.Asset.Id, m.Target.Component, m.Advisory.TrackingId, m.Advisory.Version, m.Product.ProductId, m.Product.FullName,
            m.Cves, m.Cvss?.BaseScore, m.Status,
            m.Method switch { MatchMethod.Cpe => "cpe", MatchMethod.Purl => "purl", _ => "name+version" },
            m.Confidence.ToString().ToLowerInvariant(), m.Review,
            string.Join("; ", m.Reasons.Select(r => r.Text.Render(language))), m.Justification)).ToList());
    }
}
