using System.Text.Json.Nodes;
using FactoryCps.Matching;
using static FactoryCps.Tests.Matching.Csaf;

namespace FactoryCps.Tests.Matching;

/// <summary>Product status: affected statuses match, fixed and not-affected (VEX) suppress, under investigation is for review.</summary>
public sealed class StatusMatchingTests
{
    private static readonly JsonObject Tree = Csaf.Tree("Example", "Controller X",
        ("product_version_range", "vers:generic/<2.0", "OLD"),
        ("product_version", "2.0", "FIXED"),
        ("product_version", "1.5", "SPECIAL"));

    [Fact]
    public void A_fixed_version_is_not_a_match_and_is_listed_as_suppressed()
    {
        var index = Index(Document("S-1", Tree, Vulnerability("CVE-2024-1000", new JsonObject { ["known_affected"] = Ids("OLD"), ["fixed"] = Ids("FIXED") })));

        var affected = Match(index, new MatchTarget("Example", "Controller X", "1.9"));
        var fixedOne = Match(index, new MatchTarget("Example", "Controller X", "2.0"));

        Assert.Equal("known_affected", Assert.Single(affected.Matches).Status);
        Assert.Empty(fixedOne.Matches);
        Assert.Equal("fixed", Assert.Single(fixedOne.Suppressed).Status);
    }

    [Fact]
    public void Known_not_affected_suppresses_a_range_that_would_match_and_gives_the_justification_of_its_group()
    {
        var tree = Tree.DeepClone().AsObject();
        tree["product_groups"] = new JsonArray(new JsonObject { ["group_id"] = "G1", ["product_ids"] = Ids("SPECIAL", "FIXED") });
        var vulnerability = Vulnerability("CVE-2024-1001", new JsonObject { ["known_affected"] = Ids("OLD"), ["known_not_affected"] = Ids("SPECIAL") });
        vulnerability["flags"] = new JsonArray(new JsonObject { ["label"] = "vulnerable_code_not_present", ["group_ids"] = Ids("G1") });
        var index = Index(Document("S-2", tree, vulnerability));

        var result = Match(index, new MatchTarget("Example", "Controller X", "1.5"));

        Assert.Empty(result.Matches);
        var suppressed = Assert.Single(result.Suppressed);
        Assert.Equal(("known_not_affected", "vulnerable_code_not_present"), (suppressed.Status, suppressed.Justification));
    }

    [Fact]
    public void Suppression_is_per_vulnerability()
    {
        var index = Index(Document("S-3", Tree,
            Vulnerability("CVE-2024-1002", new JsonObject { ["known_affected"] = Ids("OLD"), ["known_not_affected"] = Ids("SPECIAL") }),
            Vulnerability("CVE-2024-1003", new JsonObject { ["known_affected"] = Ids("OLD") })));

        var match = Assert.Single(Match(index, new MatchTarget("Example", "Controller X", "1.5")).Matches);

        Assert.Equal(["CVE-2024-1003"], match.Cves);
    }

    [Fact]
    public void An_uncertain_not_affected_entry_does_not_suppress_but_marks_the_match_for_review()
    {
        var index = Index(Document("S-4", Csaf.Tree("Example", "Controller X", ("product_version_range", "vers:all/*", "ALL"), ("product_version_range", "<= serial 2400", "LATE")),
            Vulnerability("CVE-2024-1004", new JsonObject { ["known_affected"] = Ids("ALL"), ["known_not_affected"] = Ids("LATE") })));

        var match = Assert.Single(Match(index, new MatchTarget("Example", "Controller X", "3.0")).Matches);

        Assert.True(match.Review);
        Assert.Contains(match.Reasons, r => r.Text.Key == "MatchAlsoSuppressed");
    }

    [Fact]
    public void Under_investigation_is_a_match_for_review()
    {
        var index = Index(Document("S-5", Tree, Vulnerability("CVE-2024-1005", "under_investigation", "OLD")));

        var match = Assert.Single(Match(index, new MatchTarget("Example", "Controller X", "1.0")).Matches);

        Assert.Equal("under_investigation", match.Status);
        Assert.True(match.Review);
    }

    [Fact]
    public void First_affected_and_first_fixed_bound_the_versions_in_between()
    {
        var index = Index(Document("S-6", Csaf.Tree("Example", "Gateway", ("product_version", "3.0", "FIRST"), ("product_version", "3.4", "FIX")),
            Vulnerability("CVE-2024-1006", new JsonObject { ["first_affected"] = Ids("FIRST"), ["first_fixed"] = Ids("FIX") })));

        Assert.Empty(Match(index, new MatchTarget("Example", "Gateway", "2.9")).Matches);
        Assert.Equal("first_affected", Assert.Single(Match(index, new MatchTarget("Example", "Gateway", "3.2")).Matches).Status);
        Assert.Empty(Match(index, new MatchTarget("Example", "Gateway", "3.5")).Matches);
        Assert.Equal("first_fixed", Assert.Single(Match(index, new MatchTarget("Example", "Gateway", "3.5")).Suppressed).Status);
    }
}
