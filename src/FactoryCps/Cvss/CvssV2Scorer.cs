namespace FactoryCps.Cvss;

/// <summary>The equations of the CVSS v2 guide, section 3.2 (base 3.2.1, temporal 3.2.2, environmental 3.2.3).</summary>
internal static class CvssV2Scorer
{
    public static CvssScores Score(CvssVector v)
    {
        var c = Impact(v["C"]);
        var i = Impact(v["I"]);
        var a = Impact(v["A"]);
        var exploitability = 20 * AccessVector(v["AV"]) * AccessComplexity(v["AC"]) * Authentication(v["Au"]);

        var baseScore = BaseEquation(10.41 * (1 - ((1 - c) * (1 - i) * (1 - a))), exploitability);
        var temporalFactor = Exploitability(v["E"]) * RemediationLevel(v["RL"]) * ReportConfidence(v["RC"]);
        var temporal = Round1(baseScore * temporalFactor);

        // The environmental score re-runs the base equation with the impacts weighted by the requirements.
        var adjustedImpact = Math.Min(10,
            10.41 * (1 - ((1 - (c * Requirement(v["CR"]))) * (1 - (i * Requirement(v["IR"]))) * (1 - (a * Requirement(v["AR"]))))));
        var adjustedTemporal = Round1(BaseEquation(adjustedImpact, exploitability) * temporalFactor);
        var environmental = Round1((adjustedTemporal + ((10 - adjustedTemporal) * CollateralDamage(v["CDP"]))) * TargetDistribution(v["TD"]));

        var hasTemporal = v.HasAny(CvssMetricGroup.Temporal);
        var hasEnvironmental = v.HasAny(CvssMetricGroup.Environmental);
        double? t = hasTemporal ? temporal : null;
        double? e = hasEnvironmental ? environmental : null;
        return new CvssScores(v.Version, baseScore, t, e, e ?? t ?? baseScore,
            CvssScores.NomenclatureOf(hasTemporal, hasEnvironmental));
    }

    private static double BaseEquation(double impact, double exploitability) =>
        Round1(((0.6 * impact) + (0.4 * exploitability) - 1.5) * (impact == 0 ? 0 : 1.176));

    /// <summary>
    /// "round_to_1_decimal" of the guide, half away from zero. Binary doubles can put a value that is exactly a
    /// half in decimal arithmetic just below it, so the rounding is done in decimal on the value cut to 10
    /// decimal places, which drops that noise but no digit the equations produce.
    /// </summary>
    private static double Round1(double value) =>
        (double)Math.Round(Math.Round((decimal)value, 10), 1, MidpointRounding.AwayFromZero);

    private static double AccessVector(string value) => value switch { "L" => 0.395, "A" => 0.646, _ => 1.0 };

    private static double AccessComplexity(string value) => value switch { "H" => 0.35, "M" => 0.61, _ => 0.71 };

    private static double Authentication(string value) => value switch { "M" => 0.45, "S" => 0.56, _ => 0.704 };

    private static double Impact(string value) => value switch { "N" => 0.0, "P" => 0.275, _ => 0.660 };

    private static double Exploitability(string value) => value switch { "U" => 0.85, "POC" => 0.9, "F" => 0.95, _ => 1.0 };

    private static double RemediationLevel(string value) => value switch { "OF" => 0.87, "TF" => 0.90, "W" => 0.95, _ => 1.0 };

    private static double ReportConfidence(string value) => value switch { "UC" => 0.90, "UR" => 0.95, _ => 1.0 };

    private static double CollateralDamage(string value) =>
        value switch { "L" => 0.1, "LM" => 0.3, "MH" => 0.4, "H" => 0.5, _ => 0.0 };

    private static double TargetDistribution(string value) => value switch { "N" => 0.0, "L" => 0.25, "M" => 0.75, _ => 1.0 };

    private static double Requirement(string value) => value switch { "L" => 0.5, "H" => 1.51, _ => 1.0 };
}
