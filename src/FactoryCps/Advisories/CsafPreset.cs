namespace FactoryCps.Advisories;

/// <summary>
/// Which CSAF 2.0 tests run, named as in the BSI's csaf_validator_service so users of both tools mean the same:
/// <c>basic</c> is the JSON schema and the mandatory tests (6.1), what decides validity; <c>extended</c> adds the
/// optional tests (6.2, warnings); <c>full</c> adds the informative tests (6.3, infos).
/// </summary>
internal enum CsafPreset
{
    Basic,
    Extended,
    Full,
}

internal static class CsafPresets
{
    public static readonly string[] Codes = ["basic", "extended", "full"];

    /// <summary>The preset a code names; the command line accepts only <see cref="Codes"/>.</summary>
    public static CsafPreset Parse(string code) =>
        Array.IndexOf(Codes, code) is var index and >= 0 ? (CsafPreset)index : throw new ArgumentOutOfRangeException(nameof(code), code, null);

    /// <summary>Whether the preset includes the test: 6.1.x from basic, 6.2.x from extended, 6.3.x in full only.</summary>
    public static bool Includes(this CsafPreset preset, string testId) => testId[2] switch
    {
        '1' => true,
        '2' => preset >= CsafPreset.Extended,
        _ => preset == CsafPreset.Full,
    };
}
