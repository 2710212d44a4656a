using System.Text.Json.Nodes;
using FactoryCps.Matching;
using static FactoryCps.Tests.Matching.Csaf;

namespace FactoryCps.Tests.Matching;

/// <summary>CPE and PURL, which decide alone when both sides have them; and relationships (installed on).</summary>
public sealed class IdentifierMatchingTests
{
    private static JsonObject Leaf(string id, string name, string? cpe = null, string? purl = null) => new()
    {
        ["product_id"] = id,
        ["name"] = name,
        ["product_identification_helper"] = new JsonObject { ["cpe"] = cpe, ["purl"] = purl },
    };

    private static AdvisoryIndex FullNames(params JsonObject[] products) =>
        Index(Document("ID-1", new JsonObject { ["full_product_names"] = new JsonArray([.. products]) },
            Vulnerability("CVE-2024-2000", "known_affected", [.. products.Select(p => p["product_id"]!.GetValue<string>())])));

    [Fact]
    public void A_cpe_with_any_version_in_the_advisory_matches_every_version_of_the_product()
    {
        var index = FullNames(Leaf("C1", "Example Gateway", cpe: "cpe:2.3:h:example:gateway:*:*:*:*:*:*:*:*"));

        var match = Assert.Single(Match(index, new MatchTarget(null, null, null, Cpe: "cpe:2.3:h:example:gateway:1.2:*:*:*:*:*:*:*")).Matches);

        Assert.Equal(MatchMethod.Cpe, match.Method);
        Assert.False(match.Review);
        Assert.Empty(Match(index, new MatchTarget(null, null, null, Cpe: "cpe:2.3:h:example:router:1.2:*:*:*:*:*:*:*")).Matches);
    }

    [Fact]
    public void A_cpe_version_must_be_the_assets_and_a_cpe_2_2_uri_is_read_too()
    {
        var index = FullNames(Leaf("C1", "Example Gateway 1.2", cpe: "cpe:2.3:h:example:gateway:1.2:*:*:*:*:*:*:*"));

        Assert.Single(Match(index, new MatchTarget(null, null, null, Cpe: "cpe:/h:example:gateway:1.2")).Matches);
        Assert.Empty(Match(index, new MatchTarget(null, null, null, Cpe: "cpe:2.3:h:example:gateway:1.3:*:*:*:*:*:*:*")).Matches);
    }

    [Fact]
    public void An_asset_cpe_that_leaves_the_version_open_takes_the_asset_version_or_is_for_review()
    {
        var index = FullNames(Leaf("C1", "Example Gateway 1.2", cpe: "cpe:2.3:h:example:gateway:1.2:*:*:*:*:*:*:*"));

        var withVersion = Assert.Single(Match(index, new MatchTarget(null, null, "1.2", Cpe: "cpe:2.3:h:example:gateway:*:*:*:*:*:*:*:*")).Matches);
        var without = Assert.Single(Match(index, new MatchTarget(null, null, null, Cpe: "cpe:2.3:h:example:gateway:*:*:*:*:*:*:*:*")).Matches);

        Assert.False(withVersion.Review);
        Assert.True(without.Review);
    }

    [Fact]
    public void Cpes_on_both_sides_decide_even_when_the_names_agree()
    {
        var product = ProductBranch("Gateway", ("product_version_range", "vers:all/*", "C1"));
        product["branches"]![0]!["product"]!["product_identification_helper"] = new JsonObject { ["cpe"] = "cpe:2.3:h:example:gateway:*:*:*:*:*:*:*:*" };
        var index = Index(Document("ID-2", new JsonObject { ["branches"] = new JsonArray(VendorBranch("Example", product)) }, Vulnerability("CVE-2024-2001", "known_affected", "C1")));

        var byName = Match(index, new MatchTarget("Example", "Gateway", "1.0"));
        var otherCpe = Match(index, new MatchTarget("Example", "Gateway", "1.0", Cpe: "cpe:2.3:h:example:gateway_pro:1.0:*:*:*:*:*:*:*"));

        Assert.Equal(MatchMethod.NameVersion, Assert.Single(byName.Matches).Method);
        Assert.Empty(otherCpe.Matches);
    }

    [Fact]
    public void A_purl_matches_type_namespace_and_name_and_its_version()
    {
        var index = FullNames(Leaf("P1", "libexample 2.4.1", purl: "pkg:github/example/libexample@2.4.1"));

        var match = Assert.Single(Match(index, new MatchTarget(null, null, null, Purl: "pkg:github/Example/libexample@2.4.1?arch=x86")).Matches);

        Assert.Equal(MatchMethod.Purl, match.Method);
        Assert.Empty(Match(index, new MatchTarget(null, null, null, Purl: "pkg:github/example/libexample@2.4.2")).Matches);
        Assert.Empty(Match(index, new MatchTarget(null, null, null, Purl: "pkg:npm/example/libexample@2.4.1")).Matches);
    }

    [Fact]
    public void A_relationship_product_matches_its_component_and_wants_the_platform_confirmed()
    {
        var tree = new JsonObject
        {
            ["branches"] = new JsonArray(
                VendorBranch("Example", ProductBranch("Agent", ("product_version", "5.0", "AGENT"))),
                VendorBranch("Microsoft", ProductBranch("Windows 10", ("product_version", "22H2", "WIN")))),
            ["relationships"] = new JsonArray(new JsonObject
            {
                ["category"] = "installed_on",
                ["product_reference"] = "AGENT",
                ["relates_to_product_reference"] = "WIN",
                ["full_product_name"] = new JsonObject { ["product_id"] = "AGENT-ON-WIN", ["name"] = "Agent 5.0 installed on Windows 10 22H2" },
            }),
        };
        var index = Index(Document("R-1", tree, Vulnerability("CVE-2024-3000", "known_affected", "AGENT-ON-WIN")));
        var agent = new MatchTarget("Example", "Agent", "5.0", Component: "Agent@5.0");
        var windows = new MatchAsset("pc1", null, new MatchTarget("Microsoft", "Windows 10", "22H2"), [agent]);
        var unknown = new MatchAsset("pc2", null, new MatchTarget("Example", "Agent", "5.0"), []);

        var result = AdvisoryMatcher.Match(index, [windows, unknown]);

        Assert.Equal(2, result.Matches.Count);
        var confirmed = result.Matches.Single(m => m.Asset.Id == "pc1");
        Assert.Equal(("AGENT-ON-WIN", "Agent@5.0", false), (confirmed.Product.ProductId, confirmed.Target.Component, confirmed.Review));
        var unconfirmed = result.Matches.Single(m => m.Asset.Id == "pc2");
        Assert.True(unconfirmed.Review);
        Assert.Contains(unconfirmed.Reasons, r => r.Text.Key == "MatchPlatformUnconfirmed");
    }
}
