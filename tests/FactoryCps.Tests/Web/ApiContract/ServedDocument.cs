using System.Text.Json.Nodes;
using static FactoryCps.Tests.Web.ApiClients;

namespace FactoryCps.Tests.Web.ApiContract;

/// <summary>
/// The OpenAPI document as the application serves it, with a configured public address, so that what the tools
/// check is what a client downloads.
/// </summary>
internal static class ServedDocument
{
    /// <summary>The public address the documents are served under; not example.com, which Redocly warns about.</summary>
    public const string PublicUrl = "https://fcps.plant.test/";

    public static async Task<string> ReadAsync()
    {
        await using var factory = await WebFactory.CreateAsync("sqlite", settings: new() { ["Fcps:PublicUrl"] = PublicUrl });
        var client = await ForAsync(factory, "contract@example.com", "viewer");
        var response = await client.GetAsync("/api/v1/openapi.json", TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {text}");
        // Indented, and with apostrophes and Japanese left as they are: the checked-in copy is read in reviews.
        return JsonNode.Parse(text)!.ToJsonString(new System.Text.Json.JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }) + "\n";
    }
}
