using System.Net;
using System.Text.Json.Nodes;
using FactoryCps.Web.Hosting;
using static FactoryCps.Tests.Web.QuestionnaireApiTests;

namespace FactoryCps.Tests.Web;

/// <summary>
/// The links FactoryCPS hands out (a supplier's invitation) name the configured public address, never the Host
/// header of the request that made them: a client writes that header, and a link built from it would send the
/// supplier, with the token, to a host an attacker chose (issue 14).
/// </summary>
public sealed class PublicLinkTests
{
    private const string PublicUrl = "https://fcps.example.com/plant/";

    /// <summary>The address the server listens on without --urls (loopback), which links name when no public address is set.</summary>
    private const string Listening = "http://127.0.0.1:5080/";

    private static JsonObject Recipient => new() { ["recipient"] = "Suzuki" };

    private static async Task<string> InviteThroughThePageAsync(WebFactory factory, int questionnaire, string? host = null)
    {
        await factory.AddUserAsync("page-lead@example.com", roles: (WebFactory.DemoSite, "security-lead"));
        var browser = await factory.SignedInClientAsync("page-lead@example.com");
        if (host is not null)
        {
            browser.DefaultRequestHeaders.Host = host;
        }

        var invite = await Forms.GetAsync(browser, $"/sites/{WebFactory.DemoSite}/questionnaires/{questionnaire}", "#invite-form");
        var answered = await invite.SubmitAsync(browser, new() { ["recipient"] = "Tanaka" });
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        return Forms.Parse(await answered.Content.ReadAsStringAsync(Token)).QuerySelector("#invitation-link")!.TextContent.Trim();
    }

    [Theory]
    [DatabaseProviders]
    public async Task With_a_public_address_links_name_it_and_another_host_is_refused(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider, settings: new() { [PublicLinks.Setting] = PublicUrl });
        var (q, _) = await SupplyTestData.IssueAsync(factory);
        var lead = await ApiClients.ForAsync(factory, "lead@example.com", "security-lead");
        var invitations = Api($"/questionnaires/{q.Number}/invitations");

        var body = await ApiClients.ReadAsync(await lead.PostAsync(invitations, ApiClients.JsonBody(Recipient), Token));
        Assert.Equal($"{PublicUrl}portal/invite/{(string)body["token"]!}", (string?)body["link"]);
        Assert.StartsWith($"{PublicUrl}portal/invite/fcpi_", await InviteThroughThePageAsync(factory, q.Number), StringComparison.Ordinal);

        // A request under a name that is not the public address (nor loopback) is refused before any handler runs.
        using var evil = new HttpRequestMessage(HttpMethod.Post, invitations) { Content = ApiClients.JsonBody(Recipient) };
        evil.Headers.Host = "evil.example";
        Assert.Equal(HttpStatusCode.BadRequest, (await lead.SendAsync(evil, Token)).StatusCode);
    }

    [Theory]
    [DatabaseProviders]
    public async Task Without_a_public_address_no_link_names_the_requests_host(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var (q, _) = await SupplyTestData.IssueAsync(factory);
        var lead = await ApiClients.ForAsync(factory, "lead@example.com", "security-lead");

        using var request = new HttpRequestMessage(HttpMethod.Post, Api($"/questionnaires/{q.Number}/invitations")) { Content = ApiClients.JsonBody(Recipient) };
        request.Headers.Host = "evil.example";
        var created = await lead.SendAsync(request, Token);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var link = (string?)(await ApiClients.ReadAsync(created))["link"];
        Assert.DoesNotContain("evil.example", link, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith($"{Listening}portal/invite/fcpi_", link, StringComparison.Ordinal);

        var fromPage = await InviteThroughThePageAsync(factory, q.Number, host: "evil.example");
        Assert.DoesNotContain("evil.example", fromPage, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith($"{Listening}portal/invite/fcpi_", fromPage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PublicUrl, PublicUrl + "api/v1")]
    [InlineData(null, Listening + "api/v1")]
    public async Task The_API_documents_server_is_the_public_address_never_the_requests_host(string? configured, string server)
    {
        await using var factory = await WebFactory.CreateAsync("sqlite", settings: configured is null ? null : new() { [PublicLinks.Setting] = configured });
        var lead = await ApiClients.ForAsync(factory, "lead@example.com", "security-lead");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/openapi.json");
        request.Headers.Host = configured is null ? "evil.example" : new Uri(configured).Authority;
        var document = await ApiClients.ReadAsync(await lead.SendAsync(request, Token));

        // One server, without a trailing slash (Redocly's lint refuses one), under which the paths lie.
        Assert.Equal(server, (string?)document["servers"]!.AsArray().Single()!["url"]);
        Assert.NotNull(document["paths"]!["/sites/{site}/cases"]);
    }

    [Theory]
    [InlineData("fcps.example.com")]
    [InlineData("ftp://fcps.example.com/")]
    [InlineData("https://fcps.example.com/?next=1")]
    [InlineData("https://user@fcps.example.com/")]
    public void A_malformed_public_address_stops_the_start_saying_what_is_expected(string value)
    {
        var refusal = Assert.Throws<StartupException>(() => PublicLinks.Parse(value));
        Assert.Contains(PublicLinks.Setting, refusal.Message, StringComparison.Ordinal);
        Assert.Contains(value, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_public_address_is_kept_with_its_path_and_one_trailing_slash()
    {
        Assert.Equal(new Uri("https://fcps.example.com/plant/"), PublicLinks.Parse("https://fcps.example.com/plant"));
        Assert.Equal(new Uri("http://10.0.0.5:5080/"), PublicLinks.Parse(" http://10.0.0.5:5080/ "));
        Assert.Null(PublicLinks.Parse(""));
    }
}
