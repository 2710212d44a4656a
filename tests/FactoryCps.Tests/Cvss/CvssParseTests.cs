using FactoryCps.Cvss;

namespace FactoryCps.Tests.Cvss;

public sealed class CvssParseTests
{
    private const string V31 = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";
    private const string V40 = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";

    [Theory]
    [InlineData("AV:N/AC:L/Au:N/C:P/I:P/A:P", CvssVersion.V2)]
    [InlineData("(AV:N/AC:L/Au:N/C:P/I:P/A:P)", CvssVersion.V2)]
    [InlineData("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", CvssVersion.V30)]
    [InlineData(V31, CvssVersion.V31)]
    [InlineData(V40, CvssVersion.V40)]
    public void Recognises_the_version(string text, CvssVersion version)
    {
        Assert.True(CvssVector.TryParse(text, out var vector, out var error), error?.ToString());
        Assert.Equal(version, vector.Version);
        Assert.Equal(text, vector.Text);
    }

    [Fact]
    public void Reads_metrics_and_treats_omitted_ones_as_not_defined()
    {
        Assert.True(CvssVector.TryParse(V31 + "/E:P", out var vector, out _));

        Assert.Equal("N", vector["AV"]);
        Assert.Equal("P", vector["E"]);
        Assert.Equal("X", vector["RL"]);
        Assert.True(vector.IsDefined("E"));
        Assert.False(vector.IsDefined("RL"));
        Assert.Equal(9, vector.Metrics.Count);
    }

    [Fact]
    public void The_v2_parentheses_do_not_change_the_score()
    {
        Assert.True(CvssVector.TryParse("(AV:N/AC:L/Au:N/C:P/I:P/A:P)", out var wrapped, out _));
        Assert.True(CvssVector.TryParse("AV:N/AC:L/Au:N/C:P/I:P/A:P", out var plain, out _));

        Assert.Equal(7.5, wrapped.Score().BaseScore);
        Assert.Equal(plain.Score(), wrapped.Score());
    }

    [Fact]
    public void V3_accepts_any_metric_order()
    {
        Assert.True(CvssVector.TryParse("CVSS:3.1/S:U/AV:N/AC:L/PR:N/UI:N/C:H/I:H/A:H", out var vector, out var error), error?.ToString());
        Assert.Equal(9.8, vector.Score().BaseScore);
    }

    [Theory]
    [InlineData("", CvssErrorKind.Empty, null, 1)]
    [InlineData("CVSS:3.2/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", CvssErrorKind.UnknownVersion, null, 1)]
    [InlineData("CVSS:3.1", CvssErrorKind.MissingMetric, null, 9)]
    [InlineData(V31 + "/XX:Y", CvssErrorKind.UnknownMetric, "XX", 46)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/AV:L", CvssErrorKind.DuplicateMetric, "AV", 46)]
    [InlineData("CVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", CvssErrorKind.InvalidValue, "AV", 13)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H", CvssErrorKind.MissingMetric, "A", 41)]
    [InlineData(V31 + "/", CvssErrorKind.MalformedMetric, null, 46)]
    [InlineData("CVSS:3.1/AV:N//AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", CvssErrorKind.MalformedMetric, null, 15)]
    [InlineData("CVSS:3.1/AV/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", CvssErrorKind.MalformedMetric, null, 10)]
    [InlineData("CVSS:3.1/AV:N/AC:L/Au:N/UI:N/S:U/C:H/I:H/A:H", CvssErrorKind.UnknownMetric, "Au", 20)]
    [InlineData("AC:L/AV:N/Au:N/C:P/I:P/A:P", CvssErrorKind.OutOfOrder, "AV", 6)]
    [InlineData("AV:N/AC:L/Au:N/C:P/I:P/A:P/E:X", CvssErrorKind.InvalidValue, "E", 30)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:L/UI:N/VC:H/SC:N/VI:H/SI:N/VA:H/SA:N", CvssErrorKind.OutOfOrder, "VI", 45)]
    [InlineData(V40 + "/MSC:S", CvssErrorKind.InvalidValue, "MSC", 69)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N", CvssErrorKind.MissingMetric, "SA", 59)]
    public void Rejects_invalid_vectors_naming_metric_and_position(string text, CvssErrorKind kind, string? metric, int position)
    {
        Assert.False(CvssVector.TryParse(text, out var vector, out var error));
        Assert.Null(vector);
        Assert.Equal(kind, error.Kind);
        Assert.Equal(metric, error.Metric);
        Assert.Equal(position, error.Position);
        if (metric is not null)
        {
            Assert.Contains($"'{metric}'", error.Message.Render(FactoryCps.Localization.Language.En), StringComparison.Ordinal);
            Assert.Contains($"「{metric}」", error.Message.Render(FactoryCps.Localization.Language.Ja), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Null_is_an_error_not_an_exception()
    {
        Assert.False(CvssVector.TryParse(null, out _, out var error));
        Assert.Equal(CvssErrorKind.Empty, error.Kind);
    }
}
