using FactoryCps.Localization;
using FactoryCps.Matching;
using static FactoryCps.Tests.Matching.Csaf;

namespace FactoryCps.Tests.Matching;

/// <summary>The name path (vendor → product name → version), which CISA's advisories need because they carry no CPE or PURL.</summary>
public sealed class NameMatchingTests
{
    private static readonly AdvisoryIndex Melsec = Index(Document("TEST-1",
        Tree("Mitsubishi Electric Corporation", "MELSEC iQ-R Series R04CPU Firmware", ("product_version_range", "<= 1.290", "P1")),
        Vulnerability("CVE-2024-0001", "known_affected", "P1")));

    [Theory]
    [InlineData("Mitsubishi Electric", "MELSEC iQ-R Series R04CPU Firmware", "1.290")]
    [InlineData("三菱電機株式会社", "MELSEC iQ-R Series R04CPU Firmware", "1.200")]
    [InlineData("MITSUBISHI ELECTRIC CO., LTD.", "ＭＥＬＳＥＣ　iQ-R Series R04CPU Firmware", "V1.0")]
    [InlineData("Mitsubishi Electric", "Mitsubishi Electric MELSEC iQ-R Series R04CPU Firmware", "1.290")]
    public void Spellings_case_full_width_and_a_repeated_vendor_name_match_with_high_confidence(string vendor, string product, string version)
    {
        var match = Assert.Single(Match(Melsec, new MatchTarget(vendor, product, version)).Matches);

        Assert.Equal(MatchConfidence.High, match.Confidence);
        Assert.False(match.Review);
        Assert.Equal(MatchMethod.NameVersion, match.Method);
        Assert.Equal(["CVE-2024-0001"], match.Cves);
        Assert.Equal(("TEST-1", "2", "P1", "known_affected"), (match.Advisory.TrackingId, match.Advisory.Version, match.Product.ProductId, match.Status));
    }

    [Fact]
    public void A_version_outside_the_range_does_not_match() =>
        Assert.Empty(Match(Melsec, new MatchTarget("Mitsubishi Electric", "MELSEC iQ-R Series R04CPU Firmware", "1.291")).Matches);

    [Fact]
    public void Another_vendor_with_the_same_product_name_does_not_match() =>
        Assert.Empty(Match(Melsec, new MatchTarget("Omron", "MELSEC iQ-R Series R04CPU Firmware", "1.0")).Matches);

    [Fact]
    public void Qualifiers_set_aside_match_with_medium_confidence()
    {
        var match = Assert.Single(Match(Melsec, new MatchTarget("Mitsubishi Electric", "MELSEC iQ-R R04CPU", "1.0")).Matches);

        Assert.Equal(MatchConfidence.Medium, match.Confidence);
        Assert.False(match.Review);
        Assert.Contains(match.Reasons, r => r.Text.Key == "MatchProductVariant");
    }

    [Fact]
    public void A_name_that_only_resembles_is_for_review()
    {
        var match = Assert.Single(Match(Melsec, new MatchTarget("Mitsubishi Electric", "R04CPU", "1.0")).Matches);

        Assert.Equal(MatchConfidence.Low, match.Confidence);
        Assert.True(match.Review);
        Assert.Contains(match.Reasons, r => r.Text.Key == "MatchProductFuzzy");
    }

    [Fact]
    public void A_vendor_matched_only_through_an_alias_is_for_review()
    {
        var match = Assert.Single(Match(Melsec, new MatchTarget("MELCO", "MELSEC iQ-R Series R04CPU Firmware", "1.0")).Matches);

        Assert.True(match.Review);
        Assert.Equal(MatchConfidence.Medium, match.Confidence);
        Assert.Equal("vendor \"MELCO\" matches the advisory's \"Mitsubishi Electric Corporation\" only through an alias", match.Reasons[0].Text.Render(Language.En));
    }

    [Fact]
    public void An_asset_without_vendor_matches_by_product_name_for_review()
    {
        var match = Assert.Single(Match(Melsec, new MatchTarget(null, "MELSEC iQ-R Series R04CPU Firmware", "1.0")).Matches);

        Assert.True(match.Review);
        Assert.Equal(MatchConfidence.Low, match.Confidence);
    }

    [Fact]
    public void An_asset_without_version_is_for_review_unless_every_version_is_affected()
    {
        var all = Index(Document("TEST-2", Tree("Omron", "CX-Position", ("product_version", "vers:all/*", "P1")), Vulnerability("CVE-2024-0002", "known_affected", "P1")));

        var ranged = Assert.Single(Match(Melsec, new MatchTarget("Mitsubishi Electric", "MELSEC iQ-R Series R04CPU Firmware", null)).Matches);
        var everyVersion = Assert.Single(Match(all, new MatchTarget("OMRON Corporation", "CX-Position", null)).Matches);

        Assert.True(ranged.Review);
        Assert.Equal(MatchConfidence.Low, ranged.Confidence);
        Assert.Contains(ranged.Reasons, r => r.Text.Key == "MatchVersionMissing");
        Assert.False(everyVersion.Review);
        Assert.Equal(MatchConfidence.High, everyVersion.Confidence);
    }

    [Fact]
    public void An_uncertain_range_is_for_review_whether_inside_or_outside()
    {
        var index = Index(Document("TEST-3", Tree("Siemens", "SIMATIC WinCC", ("product_version_range", "All versions < V8.1 with WinCC V7.3 Upd 19", "P1")),
            Vulnerability("CVE-2024-0003", "known_affected", "P1")));

        var inside = Assert.Single(Match(index, new MatchTarget("Siemens", "SIMATIC WinCC", "V7.5")).Matches);
        var outside = Assert.Single(Match(index, new MatchTarget("Siemens", "SIMATIC WinCC", "V8.2")).Matches);

        Assert.True(inside.Review);
        Assert.True(outside.Review);
        Assert.Contains(outside.Reasons, r => r.Text.Key == "MatchVersionOutsideUncertainRange");
    }

    [Fact]
    public void An_exact_version_and_a_list_of_versions_match_only_those_versions()
    {
        var index = Index(Document("TEST-4", Tree("Siemens", "Annual Shading", ("product_version", "V1.0.4, V1.1", "P1")), Vulnerability("CVE-2024-0004", "known_affected", "P1")));

        Assert.Single(Match(index, new MatchTarget("Siemens", "Annual Shading", "1.1")).Matches);
        Assert.Single(Match(index, new MatchTarget("Siemens", "Annual Shading", "V1.0.4")).Matches);
        Assert.Empty(Match(index, new MatchTarget("Siemens", "Annual Shading", "1.0.5")).Matches);
    }

    [Fact]
    public void Each_vendor_of_a_joint_advisory_finds_it_with_medium_confidence()
    {
        var index = Index(Document("TEST-5", Tree("ICONICS, Mitsubishi Electric", "GENESIS64", ("product_version_range", "<= 10.97.1", "P1")),
            Vulnerability("CVE-2024-0005", "known_affected", "P1")));

        var iconics = Assert.Single(Match(index, new MatchTarget("ICONICS", "GENESIS64", "10.96")).Matches);
        var mitsubishi = Assert.Single(Match(index, new MatchTarget("Mitsubishi Electric", "GENESIS64", "10.96")).Matches);

        Assert.Equal(MatchConfidence.Medium, iconics.Confidence);
        Assert.Contains(mitsubishi.Reasons, r => r.Text.Key == "MatchVendorPart");
    }

    [Fact]
    public void The_highest_cvss_is_computed_from_the_vector_not_taken_from_the_stated_score()
    {
        var index = Index(Document("TEST-6", Tree("Moxa", "NPort 5110", ("product_version", "2.10", "P1")),
            Vulnerability("CVE-2024-0006", new System.Text.Json.Nodes.JsonObject { ["known_affected"] = Ids("P1") }, "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N", statedScore: 1.0),
            Vulnerability("CVE-2024-0007", new System.Text.Json.Nodes.JsonObject { ["known_affected"] = Ids("P1") }, "not a vector", statedScore: 5.5)));

        var match = Assert.Single(Match(index, new MatchTarget("Moxa", "NPort 5110", "2.10")).Matches);

        Assert.Equal(["CVE-2024-0006", "CVE-2024-0007"], match.Cves);
        Assert.Equal(7.5, match.Cvss!.BaseScore);
        Assert.True(match.Cvss.Computed);
    }
}
