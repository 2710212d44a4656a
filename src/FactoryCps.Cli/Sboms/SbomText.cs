using System.Globalization;
using FactoryCps.Cli.Common;
using FactoryCps.Cli.Resources;
using FactoryCps.Sboms;
using Spectre.Console;

namespace FactoryCps.Cli.Sboms;

/// <summary>The text output of <c>fcps sbom</c>: a summary line and tables, in the user's language.</summary>
internal static class SbomText
{
    public static void Show(IAnsiConsole console, CliContext context, string path, Sbom sbom)
    {
        string T(string key) => context.Text(key);
        var subject = sbom.Subject is null ? sbom.Name ?? "-" : SbomJson.Label(sbom.Subject);
        console.WriteLine(context.Text(nameof(CliText.SbomSummary), path, SbomJson.FormatName(sbom.Format), sbom.SpecVersion, subject, sbom.Components.Count));
        if (sbom.Components.Count == 0)
        {
            return;
        }

        var components = Tables.Create(T(nameof(CliText.SbomHeaderName)), T(nameof(CliText.SbomHeaderVersion)), T(nameof(CliText.SbomHeaderType)),
            T(nameof(CliText.SbomHeaderLicense)), T(nameof(CliText.SbomHeaderIdentifiers)));
        components.Title(Markup.Escape(T(nameof(CliText.SbomComponentsTitle))));
        foreach (var c in sbom.Components)
        {
            var ids = string.Join("\n", new[] { c.Purl, c.Cpe }.OfType<string>());
            components.Row(c.FullName, c.Version, c.Type, c.LicenseExpression ?? "-", ids);
        }

        console.Write(components);

        var overview = LicenseOverview.Build(sbom.Components);
        var licenses = Tables.Create(T(nameof(CliText.SbomHeaderLicense)), T(nameof(CliText.SbomHeaderComponents)), T(nameof(CliText.SbomHeaderConcern)));
        licenses.Title(Markup.Escape(T(nameof(CliText.SbomLicensesTitle))));
        foreach (var usage in overview)
        {
            licenses.Row(usage.License ?? "-", usage.Components.Count.ToString(CultureInfo.InvariantCulture), T("SbomConcern_" + usage.Concern));
        }

        console.Write(licenses);
        var attention = overview.Where(u => u.Concern != LicenseConcern.None).Sum(u => u.Components.Count);
        if (attention > 0)
        {
            console.WriteLine(context.Text(nameof(CliText.SbomLicenseAttention), attention, sbom.Components.Count));
        }
    }

    /// <summary>A summary line, the licences with their components and assets, and the components whose licence needs a check.</summary>
    public static void Licenses(IAnsiConsole console, CliContext context, IReadOnlyList<AssetSbom> sboms, IReadOnlyList<SiteLicenseUsage> overview)
    {
        string T(string key) => context.Text(key);
        var components = overview.Sum(u => u.Components.Count);
        console.WriteLine(context.Text(nameof(CliText.SbomLicensesSummary), sboms.Count, components, overview.Count));
        if (overview.Count == 0)
        {
            return;
        }

        var licenses = Tables.Create(T(nameof(CliText.SbomHeaderLicense)), T(nameof(CliText.SbomHeaderConcern)), T(nameof(CliText.SbomHeaderComponents)), T(nameof(CliText.SbomHeaderAssets)));
        licenses.Title(Markup.Escape(T(nameof(CliText.SbomLicensesTitle))));
        foreach (var usage in overview)
        {
            licenses.Row(usage.License ?? "-", T("SbomConcern_" + usage.Concern), usage.Components.Count.ToString(CultureInfo.InvariantCulture), string.Join(", ", usage.Assets));
        }

        console.Write(licenses);
        var attention = overview.Where(u => u.Concern != LicenseConcern.None).ToList();
        if (attention.Count == 0)
        {
            return;
        }

        var check = Tables.Create(T(nameof(CliText.SbomHeaderName)), T(nameof(CliText.SbomHeaderVersion)), T(nameof(CliText.SbomHeaderLicense)), T(nameof(CliText.SbomHeaderConcern)), T(nameof(CliText.SbomHeaderAssets)));
        check.Title(Markup.Escape(T(nameof(CliText.SbomLicenseCheckTitle))));
        foreach (var usage in attention)
        {
            foreach (var c in usage.Components)
            {
                check.Row(c.Name, c.Version, usage.License ?? "-", T("SbomConcern_" + usage.Concern), string.Join(", ", c.Assets));
            }
        }

        console.Write(check);
        console.WriteLine(context.Text(nameof(CliText.SbomLicenseAttention), attention.Sum(u => u.Components.Count), components));
    }

    public static void Diff(IAnsiConsole console, CliContext context, SbomDiff diff)
    {
        string T(string key) => context.Text(key);
        if (diff.Changes.Count == 0)
        {
            console.WriteLine(T(nameof(CliText.SbomDiffNone)));
            return;
        }

        console.WriteLine(context.Text(nameof(CliText.SbomDiffSummary), diff.Count(SbomChangeKind.Added), diff.Count(SbomChangeKind.Removed),
            diff.Changes.Count(c => c.VersionChanged), diff.Changes.Count(c => c.LicenseChanged)));
        var table = Tables.Create(T(nameof(CliText.SbomHeaderChange)), T(nameof(CliText.SbomHeaderName)), T(nameof(CliText.SbomHeaderVersion)),
            T(nameof(CliText.SbomHeaderLicense)), T(nameof(CliText.SbomHeaderIdentifiers)));
        foreach (var c in diff.Changes)
        {
            table.Row(T("SbomChange_" + c.Kind), c.Name, Pair(c.OldVersion, c.NewVersion, c.Kind), Pair(c.OldLicense, c.NewLicense, c.Kind), c.Purl);
        }

        console.Write(table);
    }

    /// <summary>"old → new" for a change, the one value that exists for an addition or removal, "-" for none.</summary>
    private static string Pair(string? older, string? newer, SbomChangeKind kind) => kind switch
    {
        SbomChangeKind.Added => newer ?? "-",
        SbomChangeKind.Removed => older ?? "-",
        _ when string.Equals(older, newer, StringComparison.Ordinal) => older ?? "-",
        _ => $"{older ?? "-"} → {newer ?? "-"}",
    };
}
