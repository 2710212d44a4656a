using System.Text.RegularExpressions;

namespace FactoryCps.Matching;

/// <summary>How an advisory's vendor string names a vendor.</summary>
internal enum VendorRole
{
    /// <summary>The whole string ("Siemens", "Schneider Electric Software, LLC").</summary>
    Whole,

    /// <summary>One of several vendors ("ICONICS, Mitsubishi Electric"; "Sensormatic Electronics, a subsidiary of Johnson Controls").</summary>
    Part,

    /// <summary>An abbreviation in parentheses ("General Electric (GE)"): another name, so only for review.</summary>
    Abbreviation,

    /// <summary>A known vendor repeated at the start of the product name ("Rockwell Automation KEPServer" under PTC).</summary>
    ProductPrefix,
}

internal readonly record struct VendorKey(string Key, VendorRole Role);

/// <summary>
/// Reads the vendor string of an advisory's <c>vendor</c> branch into the vendor keys it stands for. CISA writes
/// joint advisories and subsidiaries into one string ("Red Lion, AutomationDirect", "ABB, Phoenix Contact,
/// Schneider Electric, Siemens, and WAGO", "CKS, a subsidiary of Johnson Controls Inc."); each vendor in it is
/// a key, so that an asset of any of them finds the advisory.
/// </summary>
internal static partial class AdvisoryVendor
{
    public static IReadOnlyList<VendorKey> Keys(string? vendor)
    {
        if (string.IsNullOrWhiteSpace(vendor))
        {
            return [];
        }

        var keys = new List<VendorKey>();
        var withoutParentheses = Parenthesised().Replace(vendor, " ");
        Add(keys, VendorName.Normalize(withoutParentheses), VendorRole.Whole);
        foreach (Match abbreviation in Parenthesised().Matches(vendor))
        {
            Add(keys, VendorName.Normalize(abbreviation.Groups["inner"].Value), VendorRole.Abbreviation);
        }

        var parts = Separators().Split(withoutParentheses);
        if (parts.Length > 1)
        {
            foreach (var part in parts)
            {
                Add(keys, VendorName.Normalize(Relation().Replace(part, "")), VendorRole.Part);
            }
        }

        return keys;
    }

    private static void Add(List<VendorKey> keys, string key, VendorRole role)
    {
        // A part that is only a legal form ("LLC" of "Sensormatic Electronics, LLC, Johnson Controls") names no vendor.
        if (key.Length > 1 && !LegalForms.Contains(key) && !keys.Exists(k => k.Key == key))
        {
            keys.Add(new VendorKey(key, role));
        }
    }

    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal) { "llc", "inc", "ltd", "co", "gmbh", "ag", "corp", "corporation", "kg", "me", "multiple", "n a", "company" };

    [GeneratedRegex(@"\((?<inner>[^()]*)\)", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@",\s*(?:and\s+)?|\s+and\s+|\s+-\s+|\s*/\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Separators();

    [GeneratedRegex(@"^\s*(?:a|an)\s+(?:subsidiary|affiliate|division|brand)\s+of\s+|^\s*formerly\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Relation();
}
