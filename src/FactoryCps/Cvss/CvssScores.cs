namespace FactoryCps.Cvss;

/// <summary>
/// The scores of one vector. v2 and v3.x have separate base, temporal and environmental scores; in v2 the latter
/// two are null when the vector has no metric of that group (NVD's calculator leaves them undefined), in v3.x
/// they are always computed (FIRST's calculators show them, and in v3.1 they can differ from the base score).
/// <see cref="Score"/> is the score of the most specific group the vector sets. v4.0 has one score for the whole vector, named by
/// <see cref="Nomenclature"/> (CVSS-B, -BT, -BE, -BTE), with <see cref="BaseScore"/> the score of its base
/// metrics alone.
/// </summary>
internal sealed record CvssScores(
    CvssVersion Version,
    double BaseScore,
    double? TemporalScore,
    double? EnvironmentalScore,
    double Score,
    string Nomenclature)
{
    public CvssSeverity BaseSeverity => CvssSeverityScale.Rate(Version, BaseScore);

    /// <summary>The rating of <see cref="Score"/>, the most specific score the vector allows.</summary>
    public CvssSeverity Severity => CvssSeverityScale.Rate(Version, Score);

    internal static string NomenclatureOf(bool threat, bool environmental) =>
        "CVSS-B" + (threat ? "T" : "") + (environmental ? "E" : "");
}
