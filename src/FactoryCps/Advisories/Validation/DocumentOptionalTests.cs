using System.Text.RegularExpressions;
using FactoryCps.Diagnostics;

namespace FactoryCps.Advisories.Validation;

/// <summary>CSAF 2.0 optional tests on document metadata: 6.2.11 (canonical URL), 6.2.14 and 6.2.15 (languages).</summary>
internal static partial class DocumentOptionalTests
{
    /// <summary>The file name CSAF §5.1 derives from the tracking id, which the canonical URL must end with.</summary>
    public static string FileName(string trackingId) => NotFileNameCharacters().Replace(trackingId.ToLowerInvariant(), "_") + ".json";

    public static void MissingCanonicalUrl(CsafTestContext context)
    {
        var id = context.Document.Get("tracking")?.Str("id");
        if (id is null)
        {
            return;
        }

        var fileName = "/" + FileName(id);
        var canonical = context.Document.Items("references").Any(r =>
            r.Str("category") == "self" && r.Str("url") is { } url
            && url.StartsWith("https://", StringComparison.Ordinal) && url.EndsWith(fileName, StringComparison.Ordinal));
        if (!canonical)
        {
            context.Report("6.2.11", Severity.Warning, "/document/references", "Csaf_6_2_11", fileName[1..]);
        }
    }

    public static void PrivateLanguage(CsafTestContext context)
    {
        foreach (var field in new[] { "lang", "source_lang" })
        {
            if (context.Document.Str(field) is { } tag && IsPrivateUse(tag))
            {
                context.Report("6.2.14", Severity.Warning, $"/document/{field}", "Csaf_6_2_14", tag);
            }
        }
    }

    public static void DefaultLanguage(CsafTestContext context)
    {
        foreach (var field in new[] { "lang", "source_lang" })
        {
            if (context.Document.Str(field) is { } tag && tag.Equals("i-default", StringComparison.OrdinalIgnoreCase))
            {
                context.Report("6.2.15", Severity.Warning, $"/document/{field}", "Csaf_6_2_15", tag);
            }
        }
    }

    /// <summary>
    /// BCP 47 private-use ranges: languages qaa–qtz, scripts Qaaa–Qabx, regions AA, QM–QZ, XA–XZ and ZZ, and any
    /// "x-" private-use section. Subtags are compared without case (RFC 5646 §2.1.1).
    /// </summary>
    public static bool IsPrivateUse(string tag)
    {
        var subtags = tag.ToUpperInvariant().Split('-');
        if (subtags[0] == "X" || subtags.Skip(1).Any(s => s == "X"))
        {
            return true;
        }

        if (subtags[0].Length == 3 && string.CompareOrdinal(subtags[0], "QAA") >= 0 && string.CompareOrdinal(subtags[0], "QTZ") <= 0)
        {
            return true;
        }

        return subtags.Skip(1).Any(s =>
            (s.Length == 4 && string.CompareOrdinal(s, "QAAA") >= 0 && string.CompareOrdinal(s, "QABX") <= 0)
            || (s.Length == 2 && char.IsLetter(s[0]) && char.IsLetter(s[1])
                && (s is "AA" or "ZZ" || (s[0] == 'Q' && s[1] >= 'M') || s[0] == 'X')));
    }

    [GeneratedRegex(@"[^+\-a-z0-9]+")]
    private static partial Regex NotFileNameCharacters();
}
