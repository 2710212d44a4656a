using System.Text.RegularExpressions;
using FactoryCps.Diagnostics;

namespace FactoryCps.Advisories.Validation;

/// <summary>CSAF 2.0 optional tests (section 6.2), reported as warnings: the document stays valid.</summary>
internal static partial class OptionalTests
{
    private static readonly string[] AffectedLists = ["first_affected", "known_affected", "last_affected"];

    /// <summary>Affected products without a remediation leave users without a next step.</summary>
    public static void MissingRemediation(CsafTestContext context)
    {
        var groups = ProductReferences.Groups(context.Root, context.Ids);
        AffectedWithout(context, "6.2.2", "Csaf_6_2_2", (vulnerability, covered) =>
        {
            foreach (var remediation in vulnerability.Items("remediations"))
            {
                AddStrings(remediation, "product_ids", covered);
                foreach (var group in remediation.Items("group_ids"))
                {
                    if (group.ValueKind == System.Text.Json.JsonValueKind.String && groups.TryGetValue(group.GetString()!, out var ids))
                    {
                        covered.UnionWith(ids);
                    }
                }
            }
        });
    }

    public static void MissingScore(CsafTestContext context) =>
        AffectedWithout(context, "6.2.3", "Csaf_6_2_3", (vulnerability, covered) =>
        {
            foreach (var score in vulnerability.Items("scores"))
            {
                AddStrings(score, "products", covered);
            }
        });

    public static void BuildMetadataInHistory(CsafTestContext context)
    {
        foreach (var (item, index) in Tracking(context).Indexed("revision_history"))
        {
            if (item.Str("number") is { } number && number.Contains('+', StringComparison.Ordinal))
            {
                context.Report("6.2.4", Severity.Warning, $"/document/tracking/revision_history/{index}/number", "Csaf_6_2_4", number);
            }
        }
    }

    public static void OlderInitialReleaseDate(CsafTestContext context)
    {
        var dates = Tracking(context).Items("revision_history").Select(r => r.Date("date")).OfType<DateTimeOffset>().ToList();
        if (dates.Count > 0 && Tracking(context).Date("initial_release_date") is { } initial && initial < dates.Min())
        {
            context.Report("6.2.5", Severity.Warning, "/document/tracking/initial_release_date", "Csaf_6_2_5", Tracking(context).Str("initial_release_date"));
        }
    }

    public static void OlderCurrentReleaseDate(CsafTestContext context)
    {
        var dates = Tracking(context).Items("revision_history").Select(r => r.Date("date")).OfType<DateTimeOffset>().ToList();
        if (dates.Count > 0 && Tracking(context).Date("current_release_date") is { } current && current < dates.Max())
        {
            context.Report("6.2.6", Severity.Warning, "/document/tracking/current_release_date", "Csaf_6_2_6", Tracking(context).Str("current_release_date"));
        }
    }

    public static void MissingInvolvementDate(CsafTestContext context)
    {
        foreach (var (vulnerability, path) in context.Vulnerabilities())
        {
            foreach (var (involvement, index) in vulnerability.Indexed("involvements"))
            {
                if (involvement.Get("date") is null)
                {
                    context.Report("6.2.7", Severity.Warning, $"{path}/involvements/{index}", "Csaf_6_2_7", involvement.Str("party"));
                }
            }
        }
    }

    public static void OnlyMd5(CsafTestContext context) => OnlyWeakHash(context, "md5", "6.2.8");

    public static void OnlySha1(CsafTestContext context) => OnlyWeakHash(context, "sha1", "6.2.9");

    public static void MissingTlpLabel(CsafTestContext context)
    {
        if (context.Document.Get("distribution")?.Get("tlp")?.Get("label") is null)
        {
            context.Report("6.2.10", Severity.Warning, "/document/distribution", "Csaf_6_2_10");
        }
    }

    public static void MissingLanguage(CsafTestContext context)
    {
        if (context.Document.Get("lang") is null)
        {
            context.Report("6.2.12", Severity.Warning, "/document", "Csaf_6_2_12");
        }
    }

    /// <summary>Without CPE, PURL or similar, a product can only be matched by name (as with all of CISA's advisories).</summary>
    public static void MissingIdentificationHelper(CsafTestContext context)
    {
        foreach (var (id, path, product) in context.ProductDefinitions)
        {
            if (product.Get("product_identification_helper") is null)
            {
                context.Report("6.2.16", Severity.Warning, path.ToString(), "Csaf_6_2_16", id);
            }
        }
    }

    public static void CveInIds(CsafTestContext context)
    {
        foreach (var (vulnerability, path) in context.Vulnerabilities())
        {
            foreach (var (id, index) in vulnerability.Indexed("ids"))
            {
                if (id.Str("text") is { } text && CveShape().IsMatch(text))
                {
                    context.Report("6.2.17", Severity.Warning, $"{path}/ids/{index}/text", "Csaf_6_2_17", text);
                }
            }
        }
    }

    /// <param name="context">The document.</param>
    /// <param name="testId">6.2.2 or 6.2.3.</param>
    /// <param name="key">The message resource.</param>
    /// <param name="addCovered">Adds the products a vulnerability covers (by remediation, by score) to the set.</param>
    private static void AffectedWithout(CsafTestContext context, string testId, string key, Action<System.Text.Json.JsonElement, HashSet<string>> addCovered)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (vulnerability, path) in context.Vulnerabilities())
        {
            ids.Clear();
            addCovered(vulnerability, ids);
            foreach (var list in AffectedLists)
            {
                foreach (var (id, index) in context.Ids.Indexed(vulnerability.Get("product_status") ?? default, list).Where(p => !ids.Contains(p.Id)))
                {
                    context.Report(testId, Severity.Warning, $"{path}/product_status/{list}/{index}", key, id);
                }
            }
        }
    }

    private static void OnlyWeakHash(CsafTestContext context, string algorithm, string testId)
    {
        foreach (var (_, idPath, product) in context.ProductDefinitions)
        {
            foreach (var (hash, index) in (product.Get("product_identification_helper") ?? default).Indexed("hashes"))
            {
                var algorithms = hash.Items("file_hashes").Select(h => h.Str("algorithm")?.ToLowerInvariant()).Distinct().ToList();
                if (algorithms is [{ } only] && only == algorithm)
                {
                    context.Report(testId, Severity.Warning, $"{idPath}/product_identification_helper/hashes/{index}", "Csaf_6_2_8_9", algorithm);
                }
            }
        }
    }

    private static void AddStrings(System.Text.Json.JsonElement owner, string name, HashSet<string> into)
    {
        foreach (var item in owner.Items(name))
        {
            if (item.ValueKind == System.Text.Json.JsonValueKind.String)
            {
                into.Add(item.GetString()!);
            }
        }
    }

    private static System.Text.Json.JsonElement Tracking(CsafTestContext context) => context.Document.Get("tracking") ?? default;

    [GeneratedRegex(@"^CVE-[0-9]{4}-[0-9]{4,}$")]
    private static partial Regex CveShape();
}
