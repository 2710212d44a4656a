using FactoryCps.Advisories.Validation;

namespace FactoryCps.Advisories.Import;

/// <summary>Orders CSAF document versions (integer or semantic, as <c>/document/tracking/version</c>), for deciding which is current.</summary>
internal static class AdvisoryVersions
{
    /// <summary>Negative when <paramref name="left"/> is older; versions that cannot be parsed compare as text.</summary>
    public static int Compare(string left, string right) =>
        (CsafVersion.Parse(left), CsafVersion.Parse(right)) switch
        {
            ({ } a, { } b) when a.CompareTo(b) != 0 => a.CompareTo(b),
            _ => string.CompareOrdinal(left, right),
        };
}
