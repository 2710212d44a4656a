namespace FactoryCps.Cvss;

/// <summary>
/// The equations of the CVSS v3.0 and v3.1 specifications, section 7 (7.1 base, 7.2 temporal,
/// 7.3 environmental). The versions differ only in Roundup and in the modified impact under changed scope.
/// </summary>
internal static class CvssV3Scorer
{
    public static CvssScores Score(CvssVector v)
    {
        var v31 = v.Version == CvssVersion.V31;
        var changed = v["S"] == "C";
        var iss = 1 - ((1 - Cia(v["C"])) * (1 - Cia(v["I"])) * (1 - Cia(v["A"])));
        var impact = changed ? (7.52 * (iss - 0.029)) - (3.25 * Math.Pow(iss - 0.02, 15)) : 6.42 * iss;
        var exploitability = 8.22 * AttackVector(v["AV"]) * AttackComplexity(v["AC"]) * Privileges(v["PR"], changed) * UserInteraction(v["UI"]);
        var baseScore = impact <= 0 ? 0 : Roundup(Math.Min((changed ? 1.08 : 1) * (impact + exploitability), 10), v31);

        var temporalFactor = ExploitMaturity(v["E"]) * RemediationLevel(v["RL"]) * ReportConfidence(v["RC"]);
        var temporal = Roundup(baseScore * temporalFactor, v31);

        var mChanged = Modified(v, "S") == "C";
        var miss = Math.Min(1 - (
            (1 - (Requirement(v["CR"]) * Cia(Modified(v, "C")))) *
            (1 - (Requirement(v["IR"]) * Cia(Modified(v, "I")))) *
            (1 - (Requirement(v["AR"]) * Cia(Modified(v, "A"))))), 0.915);
        var mImpact = !mChanged ? 6.42 * miss
            : v31 ? (7.52 * (miss - 0.029)) - (3.25 * Math.Pow((miss * 0.9731) - 0.02, 13))
            : (7.52 * (miss - 0.029)) - (3.25 * Math.Pow(miss - 0.02, 15));
        var mExploitability = 8.22 * AttackVector(Modified(v, "AV")) * AttackComplexity(Modified(v, "AC")) *
            Privileges(Modified(v, "PR"), mChanged) * UserInteraction(Modified(v, "UI"));
        var environmental = mImpact <= 0 ? 0
            : Roundup(Roundup(Math.Min((mChanged ? 1.08 : 1) * (mImpact + mExploitability), 10), v31) * temporalFactor, v31);

        var hasTemporal = v.HasAny(CvssMetricGroup.Temporal);
        var hasEnvironmental = v.HasAny(CvssMetricGroup.Environmental);

        // Unlike v2, temporal and environmental scores are always reported, as FIRST's calculators do: they are
        // not always equal to the base score, because v3.1 changed the modified impact under changed scope
        // (AV:N/AC:L/PR:N/UI:R/S:C/C:H/I:H/A:H is 9.6 base, 9.7 environmental). The headline score is the
        // most specific group the vector actually sets.
        var score = hasEnvironmental ? environmental : hasTemporal ? temporal : baseScore;
        return new CvssScores(v.Version, baseScore, temporal, environmental, score,
            CvssScores.NomenclatureOf(hasTemporal, hasEnvironmental));
    }

    /// <summary>
    /// v3.1 (Appendix A) rounds up on an integer of the value times 100,000, so that float noise such as
    /// 4.000000000000001 does not become 4.1. v3.0 defined plain ceiling to one decimal, which the v3.0
    /// calculator applied to the float result.
    /// </summary>
    internal static double Roundup(double value, bool v31)
    {
        if (!v31)
        {
            return Math.Ceiling(value * 10) / 10;
        }

        var scaled = (long)Math.Round(value * 100000, MidpointRounding.AwayFromZero);
        return scaled % 10000 == 0 ? scaled / 100000.0 : (Math.Floor(scaled / 10000.0) + 1) / 10.0;
    }

    /// <summary>A modified base metric (M*) overrides its base metric unless it is X.</summary>
    private static string Modified(CvssVector v, string metric) => v.IsDefined("M" + metric) ? v["M" + metric] : v[metric];

    private static double AttackVector(string value) => value switch { "N" => 0.85, "A" => 0.62, "L" => 0.55, _ => 0.2 };

    private static double AttackComplexity(string value) => value == "L" ? 0.77 : 0.44;

    /// <summary>Privileges weigh more when the scope changes (specification table 16).</summary>
    private static double Privileges(string value, bool changed) => value switch
    {
        "N" => 0.85,
        "L" => changed ? 0.68 : 0.62,
        _ => changed ? 0.5 : 0.27,
    };

    private static double UserInteraction(string value) => value == "N" ? 0.85 : 0.62;

    private static double Cia(string value) => value switch { "H" => 0.56, "L" => 0.22, _ => 0.0 };

    private static double ExploitMaturity(string value) => value switch { "F" => 0.97, "P" => 0.94, "U" => 0.91, _ => 1.0 };

    private static double RemediationLevel(string value) => value switch { "W" => 0.97, "T" => 0.96, "O" => 0.95, _ => 1.0 };

    private static double ReportConfidence(string value) => value switch { "R" => 0.96, "U" => 0.92, _ => 1.0 };

    private static double Requirement(string value) => value switch { "H" => 1.5, "L" => 0.5, _ => 1.0 };
}
