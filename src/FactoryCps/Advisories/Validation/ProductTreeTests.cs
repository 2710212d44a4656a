using System.Text.RegularExpressions;
using FactoryCps.Diagnostics;

namespace FactoryCps.Advisories.Validation;

/// <summary>Tests on product tree contents: 6.1.13 (PURL), 6.1.25 (hash algorithms), 6.1.31 and 6.2.18 (versions).</summary>
internal static partial class ProductTreeTests
{
    /// <summary>Words the spec names as signs of a range in a product_version (6.1.31).</summary>
    private static readonly string[] RangeWords = ["after", "all", "before", "earlier", "later", "prior", "versions"];

    public static void MultipleHashAlgorithms(CsafTestContext context)
    {
        foreach (var (_, idPath, product) in context.ProductDefinitions)
        {
            foreach (var (hash, index) in (product.Get("product_identification_helper") ?? default).Indexed("hashes"))
            {
                var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                foreach (var (fileHash, hashIndex) in hash.Indexed("file_hashes"))
                {
                    if (fileHash.Str("algorithm") is { } algorithm && !seen.Add(algorithm))
                    {
                        context.Report("6.1.25", Severity.Error, $"{idPath}/product_identification_helper/hashes/{index}/file_hashes/{hashIndex}/algorithm", "Csaf_6_1_25", algorithm);
                    }
                }
            }
        }
    }

    public static void Purl(CsafTestContext context)
    {
        foreach (var (_, idPath, product) in context.ProductDefinitions)
        {
            if ((product.Get("product_identification_helper") ?? default).Str("purl") is { } purl && !IsPurl(purl))
            {
                context.Report("6.1.13", Severity.Error, $"{idPath}/product_identification_helper/purl", "Csaf_6_1_13", purl);
            }
        }
    }

    /// <summary>CISA's advisories often put "vers:all/*" or "&lt;= V2.0" into product_version; matching must treat them as ranges.</summary>
    public static void VersionRangeInProductVersion(CsafTestContext context)
    {
        foreach (var (branch, path) in context.Branches)
        {
            if (branch.Is("category", "product_version") && branch.Str("name") is { } name && LooksLikeRange(name))
            {
                context.Report("6.1.31", Severity.Error, $"{path}/name", "Csaf_6_1_31", name);
            }
        }
    }

    public static void VersionRangeWithoutVers(CsafTestContext context)
    {
        foreach (var (branch, path) in context.Branches)
        {
            if (branch.Is("category", "product_version_range") && branch.Str("name") is { } name && !name.StartsWith("vers:", StringComparison.Ordinal))
            {
                context.Report("6.2.18", Severity.Warning, $"{path}/name", "Csaf_6_2_18", name);
            }
        }
    }

    public static bool LooksLikeRange(string name) =>
        name.StartsWith("vers:", StringComparison.OrdinalIgnoreCase)
        || name.Contains('<', StringComparison.Ordinal) || name.Contains('>', StringComparison.Ordinal)
        // Whole words only: "after-eight" is a version name, "4.2 and later" is a range (the spec's examples).
        || HasRangeWord(name);

    private static bool HasRangeWord(ReadOnlySpan<char> name)
    {
        while (!name.IsEmpty)
        {
            var start = 0;
            while (start < name.Length && char.IsWhiteSpace(name[start]))
            {
                start++;
            }

            var end = start;
            while (end < name.Length && !char.IsWhiteSpace(name[end]))
            {
                end++;
            }

            var word = name[start..end];
            // The range words are ASCII: only words of ASCII letters can be one of them, whatever their case.
            if (System.Text.Ascii.IsValid(word))
            {
                foreach (var rangeWord in RangeWords)
                {
                    if (word.Equals(rangeWord, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }
            }

            name = name[end..];
        }

        return false;
    }

    /// <summary>pkg:type/[namespace/]name[@version][?qualifiers][#subpath] with the type's character set (purl spec).</summary>
    public static bool IsPurl(string purl) => PurlShape().IsMatch(purl);

    [GeneratedRegex(@"^pkg:/*[A-Za-z.+\-][A-Za-z0-9.+\-]*/[^\s?#@]*[^\s?#@/][^\s]*$")]
    private static partial Regex PurlShape();
}
