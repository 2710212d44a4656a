using System.Text.Json;
using FactoryCps.Diagnostics;

namespace FactoryCps.Advisories.Validation;

/// <summary>CSAF 2.0 mandatory tests on the document and its profile: 6.1.15, 6.1.26, 6.1.27.1–6.1.27.11, 6.1.28.</summary>
internal static class ProfileTests
{
    private const string SecurityAdvisory = "csaf_security_advisory";
    private const string Vex = "csaf_vex";
    private const string InformationalAdvisory = "csaf_informational_advisory";
    private const string IncidentResponse = "csaf_security_incident_response";

    private static readonly string[] OfficialCategories = ["csaf_base", SecurityAdvisory, Vex, InformationalAdvisory, IncidentResponse];

    /// <summary>Names and values of the profiles other than CSAF Base, compared without case, "-", "_" and spaces.</summary>
    private static readonly string[] ProfileNames =
        [.. new[] { "security_incident_response", "informational_advisory", "security_advisory", "vex" }
            .SelectMany(n => new[] { n, "csaf_" + n }).Select(Normalise)];

    public static void Translator(CsafTestContext context)
    {
        if (context.Document.Get("publisher")?.Str("category") == "translator" && context.Document.Get("source_lang") is null)
        {
            context.Report("6.1.15", Severity.Error, "/document/source_lang", "Csaf_6_1_15");
        }
    }

    public static void Translation(CsafTestContext context)
    {
        if (context.Document.Str("lang") is { } lang && context.Document.Str("source_lang") is { } source
            && string.Equals(lang, source, StringComparison.OrdinalIgnoreCase))
        {
            context.Report("6.1.28", Severity.Error, "/document/lang", "Csaf_6_1_28", lang);
        }
    }

    public static void ProhibitedCategory(CsafTestContext context)
    {
        var category = context.Category;
        if (OfficialCategories.Contains(category, StringComparer.Ordinal))
        {
            return;
        }

        if (ProfileNames.Contains(Normalise(category)) || category.StartsWith("csaf_", StringComparison.OrdinalIgnoreCase))
        {
            context.Report("6.1.26", Severity.Error, "/document/category", "Csaf_6_1_26", category);
        }
    }

    public static void DocumentNotes(CsafTestContext context)
    {
        if (context.Category is InformationalAdvisory or IncidentResponse
            && !context.Document.Items("notes").Any(n => n.Str("category") is "description" or "details" or "general" or "summary"))
        {
            context.Report("6.1.27.1", Severity.Error, "/document/notes", "Csaf_6_1_27_1", context.Category);
        }
    }

    public static void DocumentReferences(CsafTestContext context)
    {
        if (context.Category is InformationalAdvisory or IncidentResponse
            && !context.Document.Items("references").Any(r => r.Str("category") == "external"))
        {
            context.Report("6.1.27.2", Severity.Error, "/document/references", "Csaf_6_1_27_2", context.Category);
        }
    }

    public static void NoVulnerabilities(CsafTestContext context)
    {
        if (context.Category == InformationalAdvisory && context.Root.Get("vulnerabilities") is not null)
        {
            context.Report("6.1.27.3", Severity.Error, "/vulnerabilities", "Csaf_6_1_27_3");
        }
    }

    public static void ProductTree(CsafTestContext context)
    {
        if (context.Category is SecurityAdvisory or Vex && context.Root.Get("product_tree") is null)
        {
            context.Report("6.1.27.4", Severity.Error, "/product_tree", "Csaf_6_1_27_4", context.Category);
        }
    }

    public static void VulnerabilityNotes(CsafTestContext context) =>
        EachVulnerability(context, [SecurityAdvisory, Vex], "6.1.27.5", "Csaf_6_1_27_5", v => v.Get("notes") is not null, "/notes");

    public static void ProductStatus(CsafTestContext context) =>
        EachVulnerability(context, [SecurityAdvisory, Vex], "6.1.27.6", "Csaf_6_1_27_6", v => v.Get("product_status") is not null, "/product_status");

    public static void VexProductStatus(CsafTestContext context) =>
        EachVulnerability(context, [Vex], "6.1.27.7", "Csaf_6_1_27_7",
            v => v.Get("product_status") is { } s && new[] { "fixed", "known_affected", "known_not_affected", "under_investigation" }.Any(n => s.Get(n) is not null),
            "/product_status");

    public static void VexVulnerabilityId(CsafTestContext context) =>
        EachVulnerability(context, [Vex], "6.1.27.8", "Csaf_6_1_27_8", v => v.Get("cve") is not null || v.Get("ids") is not null, "");

    /// <summary>VEX: every known_not_affected product needs a justification flag or an impact threat.</summary>
    public static void ImpactStatement(CsafTestContext context) =>
        StatusNeedsStatement(context, "known_not_affected", "6.1.27.9", "Csaf_6_1_27_9",
            v => v.Items("flags").Concat(v.Items("threats").Where(t => t.Str("category") == "impact")));

    /// <summary>VEX: every known_affected product needs a remediation saying what to do.</summary>
    public static void ActionStatement(CsafTestContext context) =>
        StatusNeedsStatement(context, "known_affected", "6.1.27.10", "Csaf_6_1_27_10", v => v.Items("remediations"));

    public static void Vulnerabilities(CsafTestContext context)
    {
        if (context.Category is SecurityAdvisory or Vex && context.Root.Get("vulnerabilities") is null)
        {
            context.Report("6.1.27.11", Severity.Error, "/vulnerabilities", "Csaf_6_1_27_11", context.Category);
        }
    }

    private static void EachVulnerability(CsafTestContext context, string[] categories, string testId, string key, Func<JsonElement, bool> ok, string suffix)
    {
        if (!categories.Contains(context.Category))
        {
            return;
        }

        foreach (var (vulnerability, path) in context.Vulnerabilities())
        {
            if (!ok(vulnerability))
            {
                context.Report(testId, Severity.Error, path + suffix, key, context.Category);
            }
        }
    }

    private static void StatusNeedsStatement(CsafTestContext context, string status, string testId, string key, Func<JsonElement, IEnumerable<JsonElement>> statements)
    {
        if (context.Category != Vex)
        {
            return;
        }

        var groups = ProductReferences.Groups(context.Root, context.Ids);
        foreach (var (vulnerability, path) in context.Vulnerabilities())
        {
            var covered = statements(vulnerability).SelectMany(s => ProductReferences.Covered(s, groups, context.Ids)).ToHashSet(StringComparer.Ordinal);
            foreach (var (id, index) in context.Ids.Indexed(vulnerability.Get("product_status") ?? default, status).Where(p => !covered.Contains(p.Id)))
            {
                context.Report(testId, Severity.Error, $"{path}/product_status/{status}/{index}", key, id);
            }
        }
    }

    private static string Normalise(string value) =>
        new([.. value.ToLowerInvariant().Where(c => c is not ('-' or '_') && !char.IsWhiteSpace(c))]);
}
