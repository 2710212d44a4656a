namespace FactoryCps.Cvss;

/// <summary>
/// The qualitative rating of a score (v3.x and v4.0 specifications, section "Qualitative Severity Rating Scale").
/// v2 has no official scale; NVD's Low/Medium/High bands are used for it, so v2 never rates None or Critical.
/// </summary>
public enum CvssSeverity
{
    None,
    Low,
    Medium,
    High,
    Critical,
}

internal static class CvssSeverityScale
{
    public static CvssSeverity Rate(CvssVersion version, double score)
    {
        if (version == CvssVersion.V2)
        {
            return score < 4.0 ? CvssSeverity.Low : score < 7.0 ? CvssSeverity.Medium : CvssSeverity.High;
        }

        return score switch
        {
            0.0 => CvssSeverity.None,
            < 4.0 => CvssSeverity.Low,
            < 7.0 => CvssSeverity.Medium,
            < 9.0 => CvssSeverity.High,
            _ => CvssSeverity.Critical,
        };
    }
}
