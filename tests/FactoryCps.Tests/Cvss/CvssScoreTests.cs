using FactoryCps.Cvss;

namespace FactoryCps.Tests.Cvss;

public sealed class CvssScoreTests
{
    private const string V40 = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";

    private static CvssScores Score(string text) =>
        CvssVector.TryParse(text, out var vector, out var error) ? vector.Score() : throw new InvalidOperationException(error.ToString());

    /// <summary>The worked example of the CVSS v2 guide (section 3.3.1, CVE-2002-0392).</summary>
    [Fact]
    public void V2_guide_example_scores_base_temporal_and_environmental()
    {
        var scores = Score("AV:N/AC:L/Au:N/C:N/I:N/A:C/E:F/RL:OF/RC:C/CDP:H/TD:H/CR:M/IR:M/AR:H");

        Assert.Equal(7.8, scores.BaseScore);
        Assert.Equal(6.4, scores.TemporalScore);
        Assert.Equal(9.2, scores.EnvironmentalScore);
        Assert.Equal(9.2, scores.Score);
        Assert.Equal(CvssSeverity.High, scores.Severity);
        Assert.Equal("CVSS-BTE", scores.Nomenclature);
    }

    [Fact]
    public void V2_without_temporal_or_environmental_metrics_leaves_them_undefined()
    {
        var scores = Score("AV:N/AC:L/Au:N/C:N/I:N/A:C");

        Assert.Null(scores.TemporalScore);
        Assert.Null(scores.EnvironmentalScore);
        Assert.Equal(7.8, scores.Score);
        Assert.Equal("CVSS-B", scores.Nomenclature);
    }

    [Fact]
    public void V31_base_score_and_severity()
    {
        var scores = Score("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");

        Assert.Equal(9.8, scores.BaseScore);
        Assert.Equal(CvssSeverity.Critical, scores.BaseSeverity);
    }

    /// <summary>
    /// v3.1 changed the modified impact under changed scope, so the same base metrics give a different
    /// environmental score in v3.0 and v3.1, and in v3.1 it differs from the base score.
    /// </summary>
    [Fact]
    public void V31_environmental_formula_differs_from_v30_under_changed_scope()
    {
        var v30 = Score("CVSS:3.0/AV:N/AC:L/PR:N/UI:R/S:C/C:H/I:H/A:H");
        var v31 = Score("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:H/I:H/A:H");

        Assert.Equal(9.6, v30.BaseScore);
        Assert.Equal(9.6, v30.EnvironmentalScore);
        Assert.Equal(9.6, v31.BaseScore);
        Assert.Equal(9.7, v31.EnvironmentalScore);

        // With no environmental metric set, the headline score stays the base score.
        Assert.Equal(9.6, v31.Score);
    }

    [Theory]
    [InlineData(4.000000000000001, true, 4.0)]
    [InlineData(4.000000000000001, false, 4.1)]
    [InlineData(4.02, true, 4.1)]
    [InlineData(4.0, false, 4.0)]
    public void Roundup_of_v31_ignores_float_noise_but_v30_does_not(double value, bool v31, double expected) =>
        Assert.Equal(expected, CvssV3Scorer.Roundup(value, v31));

    [Theory]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N", 0.0, CvssSeverity.None)]
    [InlineData("CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N", 1.6, CvssSeverity.Low)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:N/A:N", 5.3, CvssSeverity.Medium)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H", 7.5, CvssSeverity.High)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", 10.0, CvssSeverity.Critical)]
    public void Severity_follows_the_rating_scale(string text, double score, CvssSeverity severity)
    {
        var scores = Score(text);

        Assert.Equal(score, scores.BaseScore);
        Assert.Equal(severity, scores.BaseSeverity);
    }

    [Theory]
    [InlineData(0.0, CvssSeverity.None)]
    [InlineData(0.1, CvssSeverity.Low)]
    [InlineData(3.9, CvssSeverity.Low)]
    [InlineData(4.0, CvssSeverity.Medium)]
    [InlineData(6.9, CvssSeverity.Medium)]
    [InlineData(7.0, CvssSeverity.High)]
    [InlineData(8.9, CvssSeverity.High)]
    [InlineData(9.0, CvssSeverity.Critical)]
    public void Rating_scale_boundaries(double score, CvssSeverity severity)
    {
        Assert.Equal(severity, CvssSeverityScale.Rate(CvssVersion.V40, score));
        Assert.Equal(severity, CvssSeverityScale.Rate(CvssVersion.V31, score));
    }

    [Theory]
    [InlineData(0.0, CvssSeverity.Low)]
    [InlineData(3.9, CvssSeverity.Low)]
    [InlineData(4.0, CvssSeverity.Medium)]
    [InlineData(7.0, CvssSeverity.High)]
    [InlineData(10.0, CvssSeverity.High)]
    public void V2_uses_nvd_bands(double score, CvssSeverity severity) =>
        Assert.Equal(severity, CvssSeverityScale.Rate(CvssVersion.V2, score));

    [Fact]
    public void V40_base_vector()
    {
        var scores = Score(V40);

        Assert.Equal(9.3, scores.Score);
        Assert.Equal(9.3, scores.BaseScore);
        Assert.Equal(CvssSeverity.Critical, scores.Severity);
        Assert.Equal("CVSS-B", scores.Nomenclature);
        Assert.Null(scores.TemporalScore);
        Assert.Null(scores.EnvironmentalScore);
    }

    [Fact]
    public void V40_supplemental_metrics_do_not_change_the_score()
    {
        var scores = Score(V40 + "/S:P/AU:Y/R:I/V:C/RE:H/U:Red");

        Assert.Equal(9.3, scores.Score);
        Assert.Equal("CVSS-B", scores.Nomenclature);
    }

    [Fact]
    public void V40_threat_lowers_the_score_but_not_the_base_score()
    {
        var scores = Score(V40 + "/E:U");

        Assert.Equal(9.3, scores.BaseScore);
        Assert.True(scores.Score < 9.3, $"score {scores.Score}");
        Assert.Equal("CVSS-BT", scores.Nomenclature);
    }

    [Theory]
    [InlineData("/E:X", "CVSS-B")]
    [InlineData("/E:A", "CVSS-BT")]
    [InlineData("/CR:L", "CVSS-BE")]
    [InlineData("/E:P/MAV:L", "CVSS-BTE")]
    public void V40_nomenclature_names_the_groups_that_are_set(string suffix, string nomenclature) =>
        Assert.Equal(nomenclature, Score(V40 + suffix).Nomenclature);

    [Fact]
    public void V40_modified_metrics_replace_base_metrics()
    {
        var modified = Score(V40 + "/MAV:P/MVC:N/MVI:N/MVA:N/MSC:H/MSI:H/MSA:H");
        var equivalent = Score("CVSS:4.0/AV:P/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:H/SI:H/SA:H");

        Assert.Equal(equivalent.Score, modified.Score);
        Assert.Equal(9.3, modified.BaseScore);
    }

    [Fact]
    public void V40_without_any_impact_scores_zero()
    {
        var scores = Score("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N");

        Assert.Equal(0.0, scores.Score);
        Assert.Equal(CvssSeverity.None, scores.Severity);
    }

    [Fact]
    public void V40_macrovector_table_has_all_270_entries() =>
        Assert.Equal(270, CvssV4Tables.Default.Scores.Count);
}
