using System.Net;
using System.Text;
using static FactoryCps.Tests.Web.ApiClients;

namespace FactoryCps.Tests.Web;

/// <summary>
/// A model built to be expensive (small on the wire: aliases that repeat a list) is refused by the reading budget
/// through the API (problem details naming line, column and the limit) and the import page (the page's error list),
/// as `fcps validate` refuses it (tests/…/Yaml/HostileYamlTests).
/// </summary>
public sealed class HostileModelWebTests
{
    private const string Site = WebFactory.DemoSite;

    /// <summary>Each alias repeats 1,000 nodes: the budget of 1,600,000 runs out at the 1,599th, line 1,603.</summary>
    private static string Hostile()
    {
        var yaml = new StringBuilder($"format: 1\nsite: {{ id: {Site} }}\nx-base: &a [" + string.Join(",", Enumerable.Repeat("a", 999)) + "]\nx-copies:\n");
        for (var i = 0; i < 2_000; i++)
        {
            yaml.Append("  - *a\n");
        }

        return yaml.ToString();
    }

    [Fact]
    public async Task The_api_answers_problem_details_naming_the_place_and_the_limit()
    {
        await using var factory = await WebFactory.CreateAsync("sqlite");
        var lead = await ForAsync(factory, "lead@example.com", "security-lead");

        var response = await lead.PutAsync($"/api/v1/sites/{Site}/model", new StringContent(Hostile(), Encoding.UTF8, "application/yaml"), Token);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        var error = Assert.Single(problem["errors"]!.AsArray())!;
        Assert.Equal(1_603, (int)error["line"]!);
        Assert.Equal(5, (int)error["column"]!);
        Assert.Contains("1600000", (string)error["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_import_page_shows_the_error_with_the_place_and_the_limit()
    {
        await using var factory = await WebFactory.CreateAsync("sqlite");
        await factory.AddUserAsync("lead@example.com", roles: (Site, "security-lead"));
        var client = await factory.SignedInClientAsync("lead@example.com");
        var form = await Forms.GetAsync(client, $"/sites/{Site}/model", "#import-form");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form.Form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(Hostile())), "file", "hostile.yaml" },
        };

        var response = await client.PostAsync($"/sites/{Site}/model", content, Token);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = Forms.Parse(await response.Content.ReadAsStringAsync(Token)).QuerySelectorAll("main li").Select(li => li.TextContent).ToList();
        var error = Assert.Single(errors, e => e.Contains("1600000", StringComparison.Ordinal));
        Assert.StartsWith("hostile.yaml:1603:5:", error, StringComparison.Ordinal);
    }
}
