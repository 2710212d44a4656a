using FactoryCps.Matching;

namespace FactoryCps.Tests.Matching;

/// <summary>
/// Matching against all of CISA's 2017–2023 ICS advisories, with real products and versions taken from them: an
/// affected version matches the advisory, the first fixed version does not.
/// </summary>
public sealed class CisaMatchingTests
{
    private static readonly Lazy<AdvisoryIndex> Cisa = new(() =>
    {
        var content = AdvisoryFolder.Read(Path.Combine(TestPaths.Shared, "data", "cisa-csaf-ics", "csaf_files", "OT", "white"));
        Assert.Empty(content.Errors);
        return AdvisoryIndex.Build(content.Documents);
    });

    private static IReadOnlyList<AdvisoryMatch> Matches(string vendor, string product, string version, string advisory) =>
        [.. AdvisoryMatcher.Match(Cisa.Value, [new MatchAsset("a", null, new MatchTarget(vendor, product, version), [])]).Matches.Where(m => m.Advisory.TrackingId == advisory)];

    [Fact]
    public void Every_advisory_is_indexed_and_every_product_with_a_status_has_a_name()
    {
        var index = Cisa.Value;

        Assert.Equal(2035, index.Advisories.Count);
        Assert.Empty(index.Products.Where(p => p.Name is null).Select(p => $"{p.Advisory.TrackingId} {p.ProductId}"));
    }

    [Theory]
    // ICSA-23-222-08: RUGGEDCOM RSG2100 "vers:all/<V4.3.8".
    [InlineData("Siemens", "RUGGEDCOM RSG2100", "V4.3.7", "4.3.8", "ICSA-23-222-08")]
    // ICSA-23-033-01: Delta Electronics DIAScreen "<= 1.2.1.23".
    [InlineData("Delta Electronics, Inc.", "DIAScreen", "1.2.1.23", "1.2.1.24", "ICSA-23-033-01")]
    // ICSA-22-242-10: PTC's "Rockwell Automation KEPServer Enterprise" "< 6.12", found from Rockwell's name.
    [InlineData("Rockwell Automation", "KEPServer Enterprise", "6.11", "6.12", "ICSA-22-242-10")]
    // ICSA-20-212-04: Mitsubishi Electric MX MESInterface-R "<= 1.12N".
    [InlineData("三菱電機", "MX MESInterface-R", "1.12N", "1.13P", "ICSA-20-212-04")]
    // ICSA-17-306-02: Advantech WebAccess "< 8.2_20170817".
    [InlineData("Advantech", "WebAccess", "8.2_20170816", "8.2_20170817", "ICSA-17-306-02")]
    public void An_affected_version_matches_and_a_version_past_the_range_does_not(string vendor, string product, string affected, string later, string advisory)
    {
        var match = Assert.Single(Matches(vendor, product, affected, advisory));

        Assert.Equal("known_affected", match.Status);
        Assert.NotEmpty(match.Cves);
        Assert.NotNull(match.Cvss);
        Assert.Empty(Matches(vendor, product, later, advisory));
    }

    [Fact]
    public void A_vex_not_affected_version_is_suppressed_and_an_affected_one_of_the_same_advisory_matches()
    {
        // ICSA-19-211-01 (URGENT/11): VxWorks 7 SR620 is known_not_affected; VxWorks Vx7 SR540 is known_affected.
        var result = AdvisoryMatcher.Match(Cisa.Value,
        [
            new MatchAsset("fixed", null, new MatchTarget("Wind River", "VxWorks 7", "SR620"), []),
            new MatchAsset("old", null, new MatchTarget("Wind River Systems", "VxWorks Vx7", "SR540"), []),
        ]);

        Assert.DoesNotContain(result.Matches, m => m.Asset.Id == "fixed" && m.Advisory.TrackingId == "ICSA-19-211-01");
        Assert.Contains(result.Suppressed, m => m.Asset.Id == "fixed" && m.Advisory.TrackingId == "ICSA-19-211-01" && m.Status == "known_not_affected");
        var affected = Assert.Single(result.Matches, m => m.Asset.Id == "old" && m.Advisory.TrackingId == "ICSA-19-211-01");
        Assert.Contains("CVE-2019-12256", affected.Cves);
        Assert.Equal(9.8, affected.Cvss!.BaseScore);
    }
}
