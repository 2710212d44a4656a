namespace FactoryCps.Tests.Web;

/// <summary>
/// The dashboard's open actions name at most six zones and link the plan for the rest: a site-wide countermeasure
/// names every zone, and on a 500-zone site the named list made the dashboard 2.3 times larger (docs/performance.md).
/// </summary>
public sealed class DashboardActionZonesTests
{
    [Theory]
    [DatabaseProviders]
    public async Task An_action_in_many_zones_names_six_and_links_the_plan_for_the_rest(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        await factory.AddUserAsync("lead@example.com", roles: (WebFactory.DemoSite, "security-lead"));
        var client = await factory.SignedInClientAsync("lead@example.com");

        var dashboard = await Forms.PageAsync(client, $"/sites/{WebFactory.DemoSite}");

        var rows = dashboard.QuerySelectorAll("#actions tbody tr").ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.True(row.Children[3].QuerySelectorAll(".id").Length <= 6, row.TextContent));
        var more = Assert.Single(rows[0].Children[3].QuerySelectorAll("a.more-zones"));
        Assert.Equal($"/sites/{WebFactory.DemoSite}/plan", more.GetAttribute("href"));
        Assert.Equal("ほか 3 ゾーン", more.TextContent);
    }
}
