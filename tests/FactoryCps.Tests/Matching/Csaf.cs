using System.Text;
using System.Text.Json.Nodes;
using FactoryCps.Advisories;
using FactoryCps.Matching;

namespace FactoryCps.Tests.Matching;

/// <summary>Small hand-written CSAF documents for matching tests: a product tree and vulnerabilities, the rest filled in.</summary>
internal static class Csaf
{
    public static string Document(string id, JsonObject productTree, params JsonObject[] vulnerabilities) => new JsonObject
    {
        ["document"] = new JsonObject
        {
            ["category"] = "csaf_security_advisory",
            ["csaf_version"] = "2.0",
            ["title"] = "Test advisory " + id,
            ["publisher"] = new JsonObject { ["category"] = "vendor", ["name"] = "Test", ["namespace"] = "https://example.com" },
            ["tracking"] = new JsonObject
            {
                ["id"] = id,
                ["version"] = "2",
                ["status"] = "final",
                ["initial_release_date"] = "2024-01-01T00:00:00Z",
                ["current_release_date"] = "2024-02-01T00:00:00Z",
                ["revision_history"] = new JsonArray(),
            },
        },
        ["product_tree"] = productTree.DeepClone(),
        ["vulnerabilities"] = new JsonArray([.. vulnerabilities.Select(v => v.DeepClone())]),
    }.ToJsonString();

    /// <summary>vendor → product_name → product_version(_range) leaves: (category, version, product id) per leaf.</summary>
    public static JsonObject Tree(string vendor, string product, params (string Category, string Name, string Id)[] leaves) =>
        new() { ["branches"] = new JsonArray(VendorBranch(vendor, ProductBranch(product, leaves))) };

    public static JsonObject VendorBranch(string vendor, params JsonObject[] products) =>
        new() { ["category"] = "vendor", ["name"] = vendor, ["branches"] = new JsonArray([.. products]) };

    public static JsonObject ProductBranch(string product, params (string Category, string Name, string Id)[] leaves) => new()
    {
        ["category"] = "product_name",
        ["name"] = product,
        ["branches"] = new JsonArray([.. leaves.Select(l => (JsonNode)new JsonObject
        {
            ["category"] = l.Category,
            ["name"] = l.Name,
            ["product"] = new JsonObject { ["product_id"] = l.Id, ["name"] = $"{product} {l.Name}" },
        })]),
    };

    public static JsonObject Vulnerability(string cve, string status, params string[] ids) => Vulnerability(cve, new JsonObject { [status] = Ids(ids) });

    public static JsonObject Vulnerability(string cve, JsonObject status, string vector = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", double statedScore = 9.8) => new()
    {
        ["cve"] = cve,
        ["product_status"] = status,
        ["scores"] = new JsonArray(new JsonObject
        {
            ["products"] = Ids([.. status.SelectMany(s => s.Value!.AsArray().Select(i => i!.GetValue<string>()))]),
            ["cvss_v3"] = new JsonObject { ["version"] = "3.1", ["vectorString"] = vector, ["baseScore"] = statedScore, ["baseSeverity"] = "CRITICAL" },
        }),
    };

    public static JsonArray Ids(params string[] ids) => new([.. ids.Select(i => (JsonNode?)JsonValue.Create(i))]);

    public static AdvisoryIndex Index(params string[] documents) =>
        AdvisoryIndex.Build(documents.Select((d, i) =>
        {
            var (json, error) = CsafReader.Parse(Encoding.UTF8.GetBytes(d));
            Assert.Null(error);
            using (json)
            {
                return (CsafModelReader.Read(json!.RootElement), $"doc{i}.json");
            }
        }).ToList());

    public static MatchResult Match(AdvisoryIndex index, params MatchTarget[] assets) =>
        AdvisoryMatcher.Match(index, [.. assets.Select((a, i) => new MatchAsset($"a{i}", null, a, []))]);
}
