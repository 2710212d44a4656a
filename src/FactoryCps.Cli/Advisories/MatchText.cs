using System.Globalization;
using FactoryCps.Cli.Common;
using FactoryCps.Cli.Resources;
using FactoryCps.Matching;
using Spectre.Console;

namespace FactoryCps.Cli.Advisories;

/// <summary>The text output of <c>fcps advisories match</c>: a summary line and a table of matches, highest CVSS first per asset.</summary>
internal static class MatchText
{
    private const int MaxCvesShown = 5;

    public static void Write(IAnsiConsole console, CliContext context, MatchResult result, MatchSummary summary, bool withSuppressed)
    {
        var review = result.Matches.Count(m => m.Review);
        var assets = result.Matches.Select(m => m.Asset.Id).Distinct(StringComparer.Ordinal).Count();
        console.WriteLine(context.Text(nameof(CliText.AdvisoriesMatchSummary), result.Matches.Count, review, assets, summary.Assets, summary.Advisories, summary.Folder));
        if (summary.IdentifiedAssets < summary.Assets)
        {
            console.WriteLine(context.Text(nameof(CliText.AdvisoriesUnidentified), summary.Assets - summary.IdentifiedAssets));
        }

        if (result.Matches.Count > 0)
        {
            console.Write(Table(context, result.Matches, context.Text(nameof(CliText.AdvisoriesMatchesTitle))));
        }

        if (withSuppressed)
        {
            console.WriteLine(context.Text(nameof(CliText.AdvisoriesSuppressedSummary), result.Suppressed.Count));
            if (result.Suppressed.Count > 0)
            {
                console.Write(Table(context, result.Suppressed, context.Text(nameof(CliText.AdvisoriesSuppressedTitle))));
            }
        }
    }

    /// <summary>A few CVEs per row, then how many more: advisories for whole firmware images list hundreds.</summary>
    private static string Cves(CliContext context, IReadOnlyList<string> cves) =>
        cves.Count <= MaxCvesShown ? string.Join("\n", cves) : string.Join("\n", cves.Take(MaxCvesShown)) + "\n" + context.Text(nameof(CliText.MatchMoreCves), cves.Count - MaxCvesShown);

    private static Table Table(CliContext context, IReadOnlyList<AdvisoryMatch> matches, string title)
    {
        string T(string key) => context.Text(key);
        var table = Tables.Create(T(nameof(CliText.MatchHeaderAsset)), T(nameof(CliText.MatchHeaderAdvisory)), T(nameof(CliText.MatchHeaderProduct)),
            T(nameof(CliText.MatchHeaderCves)), T(nameof(CliText.MatchHeaderCvss)), T(nameof(CliText.MatchHeaderStatus)), T(nameof(CliText.MatchHeaderMethod)),
            T(nameof(CliText.MatchHeaderConfidence)), T(nameof(CliText.MatchHeaderReason)));
        table.Title(Markup.Escape(title));
        foreach (var match in matches)
        {
            var asset = match.Target.Component is { } component ? $"{match.Asset.Id}\n└ {component}" : match.Asset.Id;
            var confidence = T("MatchConfidence_" + match.Confidence) + (match.Review ? "\n" + T(nameof(CliText.MatchReview)) : "");
            var reason = MatchJson.Reason(match, context.Language) + (match.Justification is { } why ? "; " + context.Text(nameof(CliText.MatchJustification), why) : "");
            table.Row(
                asset,
                $"{match.Advisory.TrackingId} v{match.Advisory.Version}",
                $"{match.Product.FullName} [{match.Product.ProductId}]",
                Cves(context, match.Cves),
                match.Cvss is { } cvss ? cvss.BaseScore.ToString("0.0", CultureInfo.InvariantCulture) + (cvss.Computed ? "" : "*") : "-",
                match.Status,
                MatchJson.Method(match.Method),
                confidence,
                reason);
        }

        return table;
    }
}
