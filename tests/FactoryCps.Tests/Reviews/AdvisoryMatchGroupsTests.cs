using FactoryCps.Reviews;

namespace FactoryCps.Tests.Reviews;

public sealed class AdvisoryMatchGroupsTests
{
    private static readonly DateTimeOffset At = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Matches_are_one_line_per_advisory_most_severe_first_with_the_first_five_assets_named()
    {
        var matches = Enumerable.Range(1, 7).Select(i => new AdvisoryMatchFact("ICSA-23-001-01", "PLC firmware", $"plc-{8 - i}", At, i == 3 ? 7.5 : 5.0))
            .Append(new AdvisoryMatchFact("ICSA-23-002-01", "HMI web server", "hmi-1", At, 9.8))
            .Append(new AdvisoryMatchFact("ICSA-23-001-01", "PLC firmware", "plc-1", At, 5.0)) // the same asset again: once
            .ToList();

        var groups = AdvisoryMatchGroups.Of(matches);

        Assert.Equal(["ICSA-23-002-01", "ICSA-23-001-01"], groups.Select(g => g.Advisory));
        var plc = groups[1];
        Assert.Equal(7.5, plc.Cvss);
        Assert.Equal(["plc-1", "plc-2", "plc-3", "plc-4", "plc-5", "plc-6", "plc-7"], plc.Assets);
        Assert.Equal(["plc-1", "plc-2", "plc-3", "plc-4", "plc-5"], plc.Named);
        Assert.Equal(2, plc.NotNamed);
        Assert.Equal(0, groups[0].NotNamed);
    }
}
