using System.Net;
using FactoryCps.Web.Cases;
using FactoryCps.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FactoryCps.Tests.Web;

/// <summary>
/// From an imported advisory to a case: a real CISA advisory (ICSA-23-033-01, Delta Electronics DIAScreen
/// "&lt;= 1.2.1.23") is matched to an asset the plant added, shown on the matches page, and opens one case.
/// </summary>
public sealed class MatchPageTests
{
    private static string Site(string path) => $"/sites/{WebFactory.DemoSite}{path}";

    [Theory]
    [DatabaseProviders]
    public async Task An_imported_advisory_that_names_an_asset_is_listed_and_opens_one_case_with_its_fixes(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        await MatchedAdvisory.ImportAsync(factory, TimeProvider.System, Token);

        await factory.AddUserAsync("lead@example.com", roles: (WebFactory.DemoSite, "security-lead"));
        var lead = await factory.SignedInClientAsync("lead@example.com");
        var advisories = await Forms.PageAsync(lead, "/advisories?q=icsa-23-033");
        Assert.Contains("ICSA-23-033-01", Assert.Single(advisories.QuerySelectorAll("#advisories tbody tr")).TextContent, StringComparison.Ordinal);
        Assert.NotNull((await Forms.PageAsync(lead, "/advisories?q=CVE-1999-0000")).QuerySelector("#no-advisories"));

        var page = await Forms.PageAsync(lead, Site("/matches"));
        var row = Assert.Single(page.QuerySelectorAll("#matches tr.match"), r => r.TextContent.Contains("ICSA-23-033-01", StringComparison.Ordinal));
        Assert.Contains("DIAScreen on the engineering PC", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("CVE-", row.TextContent, StringComparison.Ordinal);

        var form = await Forms.GetAsync(lead, Site("/matches"), "#open-cases");
        var opened = await form.SubmitAsync(lead, []);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.EndsWith("opened=1", opened.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var again = await form.SubmitAsync(lead, []);
        Assert.EndsWith("opened=0", again.Headers.Location!.OriginalString, StringComparison.Ordinal);

        await using var check = factory.Services.CreateAsyncScope();
        var c = await check.ServiceProvider.GetRequiredService<FcpsDbContext>().OodaCases.SingleAsync(Token);
        Assert.Equal(("preventive", "observe", "diascreen-ews", "ICSA-23-033-01"), (c.Stage, c.Phase, c.AssetId, c.Match!.AdvisoryId));
        Assert.Equal("name+version", c.Match.Method);
        Assert.NotNull(c.Cvss);
        var casePage = await Forms.PageAsync(lead, Site($"/cases/{c.Number}"));
        Assert.NotEmpty(casePage.QuerySelectorAll("#remediations li"));
        var token = await factory.TokenForAsync(await factory.AddUserAsync("viewer@example.com", roles: (WebFactory.DemoSite, "viewer")));
        var api = await ApiClients.ReadAsync(await ApiClients.Bare(factory, token).GetAsync($"/api/v1/sites/{WebFactory.DemoSite}/matches", Token));
        var item = Assert.Single(api.AsArray(), m => (string?)m!["advisory"] == "ICSA-23-033-01")!;
        Assert.Equal(("diascreen-ews", "name+version", "known_affected"), ((string?)item["asset"], (string?)item["method"], (string?)item["status"]));
        Assert.NotEmpty(item["cves"]!.AsArray());

        var listed = await Forms.PageAsync(lead, Site("/matches"));
        Assert.NotNull(listed.QuerySelector($"#matches a[href$='/cases/{c.Number}']"));
    }
}
