using System.Net;

namespace FactoryCps.Tests.Browser;

/// <summary>
/// Kestrel, as `fcps serve` runs it, names no product in its answers (issue 14: every response said
/// <c>Server: Kestrel</c>). The in-memory test server adds no such header, so this needs the real one.
/// </summary>
public sealed class ServerHeaderTests
{
    [Fact]
    public async Task Answers_carry_no_server_header()
    {
        await using var host = await BrowserHost.StartAsync();
        using var client = new HttpClient { BaseAddress = host.BaseAddress };

        foreach (var path in new[] { "/login", "/no-such-page", "/api/v1/sites" })
        {
            using var response = await client.GetAsync(path, Token);
            Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.False(response.Headers.Contains("Server"), $"{path}: Server: {string.Join(", ", response.Headers.Server)}");
        }
    }
}
