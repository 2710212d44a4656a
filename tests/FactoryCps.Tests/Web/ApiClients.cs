using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FactoryCps.Tests.Web;

/// <summary>API clients for the tests: a user with roles and a bearer token, and small request helpers.</summary>
internal static class ApiClients
{
    public const string Site = WebFactory.DemoSite;

    public static HttpClient Bare(WebFactory factory, string? token = null, string language = "en")
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        return client;
    }

    /// <summary>A new user with the given role at the demo site (none when null), and a client with their token.</summary>
    public static async Task<HttpClient> ForAsync(WebFactory factory, string email, string? role, bool administrator = false)
    {
        var user = role is null
            ? await factory.AddUserAsync(email, administrator)
            : await factory.AddUserAsync(email, administrator, (Site, role));
        return Bare(factory, await factory.TokenForAsync(user));
    }

    public static StringContent JsonBody(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    public static HttpRequestMessage Request(HttpMethod method, string path, JsonNode? body = null, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonBody(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return request;
    }

    public static async Task<JsonNode> ReadAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

    /// <summary>Reads a problem details answer, checking its media type and status.</summary>
    public static async Task<JsonObject> ProblemAsync(HttpResponseMessage response, System.Net.HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == status, $"expected {status}, got {response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(text)!.AsObject();
        Assert.Equal((int)status, (int)problem["status"]!);
        return problem;
    }

    /// <summary>A valid new asset of the demo model, in the control zone of line 1.</summary>
    public static JsonObject NewAsset(string id = "sensor-line1", string name = "ライン1 温度センサ") => new()
    {
        ["id"] = id,
        ["name"] = name,
        ["kind"] = "sensor",
        ["zone"] = "control-line1",
        ["operations"] = new JsonArray("production"),
    };
}
