using System.Globalization;
using System.Text.RegularExpressions;

namespace FactoryCps.Advisories.Validation;

/// <summary>
/// A CSAF version_t: integer versioning ("3") or semantic versioning ("1.2.0-rc.1+build"). Comparison follows
/// SemVer 2.0.0 precedence; build metadata never counts (the spec ignores it in 6.1.14 and 6.1.16).
/// </summary>
internal sealed partial record CsafVersion(bool IsSemantic, long Major, long Minor, long Patch, string? PreRelease) : IComparable<CsafVersion>
{
    public bool IsPreRelease => PreRelease is not null;

    /// <summary>Major 0 (or integer 0): the document is not yet released (6.1.17, 6.1.18).</summary>
    public bool IsInitialDevelopment => Major == 0;

    public static CsafVersion? Parse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (IntegerShape().IsMatch(text))
        {
            return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? new CsafVersion(false, number, 0, 0, null) : null;
        }

        var match = SemanticShape().Match(text);
        if (!match.Success)
        {
            return null;
        }

        return long.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            && long.TryParse(match.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            && long.TryParse(match.Groups[3].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var patch)
            ? new CsafVersion(true, major, minor, patch, match.Groups[4].Success ? match.Groups[4].Value : null)
            : null;
    }

    public CsafVersion WithoutPreRelease() => this with { PreRelease = null };

    public int CompareTo(CsafVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        var core = (Major, Minor, Patch).CompareTo((other.Major, other.Minor, other.Patch));
        if (core != 0)
        {
            return core;
        }

        return (PreRelease, other.PreRelease) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            _ => ComparePreRelease(PreRelease!, other.PreRelease!),
        };
    }

    private static int ComparePreRelease(string left, string right)
    {
        var a = left.Split('.');
        var b = right.Split('.');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var aNumeric = long.TryParse(a[i], NumberStyles.None, CultureInfo.InvariantCulture, out var x);
            var bNumeric = long.TryParse(b[i], NumberStyles.None, CultureInfo.InvariantCulture, out var y);
            var result = (aNumeric, bNumeric) switch
            {
                (true, true) => x.CompareTo(y),
                (true, false) => -1,
                (false, true) => 1,
                _ => string.CompareOrdinal(a[i], b[i]),
            };
            if (result != 0)
            {
                return result;
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    [GeneratedRegex(@"^(0|[1-9][0-9]*)$")]
    private static partial Regex IntegerShape();

    [GeneratedRegex(@"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+[0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*)?$")]
    private static partial Regex SemanticShape();
}
