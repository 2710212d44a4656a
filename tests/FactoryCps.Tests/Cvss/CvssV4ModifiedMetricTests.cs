using FactoryCps.Cvss;

namespace FactoryCps.Tests.Cvss;

/// <summary>
/// Red Hat's large file of modified-metric vectors (vectors_modified4) is not in shared/data, so the
/// environmental path of v4.0, in particular Safety (MSI:S, MSA:S, the only way into EQ4 level 0), is
/// cross-checked here with scores published in other implementations' test suites (binsec's cvss4 Python
/// package and a usage example of Red Hat's cvss package); both port FIRST's reference calculator.
/// </summary>
public sealed class CvssV4ModifiedMetricTests
{
    private const string Base = "CVSS:4.0/AV:N/AC:L/AT:N/PR:H/UI:N/VC:L/VI:L/VA:L/SC:N/SI:N/SA:N";

    [Theory]
    [InlineData(Base + "/E:P", 2.0)]
    [InlineData(Base + "/E:A", 5.1)]
    [InlineData(Base + "/E:A/MSI:S", 7.8)]
    [InlineData(Base + "/E:A/MSI:S/MSA:S", 8.0)]
    [InlineData(Base + "/E:A/MSI:H/MSA:H", 6.3)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:H/UI:N/VC:N/VI:H/VA:H/SC:L/SI:H/SA:H", 8.4)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:H/UI:N/VC:N/VI:H/VA:H/SC:L/SI:N/SA:H", 8.3)]
    [InlineData("CVSS:4.0/AV:A/AC:H/AT:P/PR:L/UI:P/VC:L/VI:L/VA:L/SC:L/SI:L/SA:L/E:A/CR:H/IR:H/AR:H/MAV:N/MAC:L/MAT:N/MPR:N/MUI:N/MVC:H/MVI:H/MVA:H/MSC:H/MSI:S/MSA:S/S:N/AU:N/R:A/V:D/RE:L/U:Clear", 10.0)]
    public void Scores_as_the_reference_calculator(string text, double score)
    {
        Assert.True(CvssVector.TryParse(text, out var vector, out var error), error?.ToString());
        Assert.Equal(score, vector.Score().Score);
    }
}
