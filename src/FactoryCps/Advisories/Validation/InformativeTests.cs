using System.Text.Json;
using System.Text.RegularExpressions;
using FactoryCps.Diagnostics;

namespace FactoryCps.Advisories.Validation;

/// <summary>CSAF 2.0 informative tests (section 6.3), reported as infos.</summary>
internal static partial class InformativeTests
{
    public static void OnlyCvssV2(CsafTestContext context)
    {
        foreach (var (vulnerability, path) in context.Vulnerabilities())
        {
            foreach (var (score, index) in vulnerability.Indexed("scores"))
            {
                if (score.Get("cvss_v2") is not null && score.Get("cvss_v3") is null)
                {
                    context.Report("6.3.1", Severity.Info, $"{path}/scores/{index}", "Csaf_6_3_1");
                }
            }
        }
    }

    public static void CvssV30(CsafTestContext context)
    {
        foreach (var (vulnerability, path) in context.Vulnerabilities())
        {
            foreach (var (score, index) in vulnerability.Indexed("scores"))
            {
                if (score.Get("cvss_v3") is { } v3 && (v3.Str("version") == "3.0" || v3.Str("vectorString")?.StartsWith("CVSS:3.0/", StringComparison.Ordinal) == true))
                {
                    context.Report("6.3.2", Severity.Info, $"{path}/scores/{index}/cvss_v3", "Csaf_6_3_2");
                }
            }
        }
    }

    public static void MissingCve(CsafTestContext context) => EachVulnerabilityWithout(context, "cve", "6.3.3", "Csaf_6_3_3");

    public static void MissingCwe(CsafTestContext context) => EachVulnerabilityWithout(context, "cwe", "6.3.4", "Csaf_6_3_4");

    /// <summary>Hashes shorter than 64 hex digits (e.g. MD5, SHA-1) are too weak to identify a file.</summary>
    public static void ShortHash(CsafTestContext context)
    {
        foreach (var (_, idPath, product) in context.ProductDefinitions)
        {
            foreach (var (hash, index) in (product.Get("product_identification_helper") ?? default).Indexed("hashes"))
            {
                foreach (var (fileHash, hashIndex) in hash.Indexed("file_hashes"))
                {
                    if (fileHash.Str("value") is { Length: < 64 } value)
                    {
                        context.Report("6.3.5", Severity.Info, $"{idPath}/product_identification_helper/hashes/{index}/file_hashes/{hashIndex}/value", "Csaf_6_3_5", value.Length);
                    }
                }
            }
        }
    }

    public static void ProductVersionRange(CsafTestContext context)
    {
        foreach (var (branch, path) in context.Branches.Where(b => b.Branch.Is("category", "product_version_range")))
        {
            context.Report("6.3.10", Severity.Info, $"{path}/category", "Csaf_6_3_10", branch.Str("name"));
        }
    }

    public static void VAsVersionIndicator(CsafTestContext context)
    {
        foreach (var (branch, path) in context.Branches)
        {
            if (branch.Str("category") is "product_version" or "product_version_range" && branch.Str("name") is { } name && VPrefix().IsMatch(name))
            {
                context.Report("6.3.11", Severity.Info, $"{path}/name", "Csaf_6_3_11", name);
            }
        }
    }

    /// <summary>
    /// Each product leaf should sit below vendor → product_name → product_version (or product_version_range), in
    /// that order with other categories allowed in between: the path matching walks.
    /// </summary>
    public static void BranchCategories(CsafTestContext context)
    {
        if (context.Root.Get("product_tree") is not { } tree)
        {
            return;
        }

        foreach (var (branch, index) in tree.Indexed("branches"))
        {
            Walk(branch, $"/product_tree/branches/{index}", []);
        }

        void Walk(JsonElement branch, string path, List<string> categories)
        {
            categories = [.. categories, branch.Str("category") ?? ""];
            if (branch.Get("product") is not null && !InOrder(categories))
            {
                context.Report("6.3.9", Severity.Info, $"{path}/product", "Csaf_6_3_9", string.Join(" > ", categories));
            }

            foreach (var (child, index) in branch.Indexed("branches"))
            {
                Walk(child, $"{path}/branches/{index}", categories);
            }
        }

        static bool InOrder(List<string> categories)
        {
            var vendor = categories.IndexOf("vendor");
            var name = vendor < 0 ? -1 : categories.IndexOf("product_name", vendor);
            return name >= 0 && categories.Skip(name).Any(c => c is "product_version" or "product_version_range");
        }
    }

    private static void EachVulnerabilityWithout(CsafTestContext context, string field, string testId, string key)
    {
        foreach (var (vulnerability, path) in context.Vulnerabilities())
        {
            if (vulnerability.Get(field) is not { ValueKind: not JsonValueKind.Null })
            {
                context.Report(testId, Severity.Info, path, key);
            }
        }
    }

    [GeneratedRegex(@"^[vV][0-9]")]
    private static partial Regex VPrefix();
}
