using System.Net;
using AngleSharp.Dom;
using FactoryCps.Catalog.Loading;

namespace FactoryCps.Tests.Web;

/// <summary>
/// The step pages (issue 16): the guideline's own text for the step marked as its words, our help marked as ours,
/// the step's state with a link to the form that fixes a missing item, the next step; and the site menu by the
/// guideline's steps with the current page marked.
/// </summary>
public sealed class StepPageTests
{
    private static string Site(string path) => $"/sites/{WebFactory.DemoSite}{path}";

    [Theory]
    [DatabaseProviders]
    public async Task A_step_page_shows_the_guidelines_words_our_help_and_the_gaps_with_their_fixes(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        await factory.AddUserAsync("viewer@example.com", roles: (WebFactory.DemoSite, "viewer"));
        var client = await factory.SignedInClientAsync("viewer@example.com");
        var step = CatalogLoader.Default.Steps.Single(s => s.Id == "1-4");

        var page = await Forms.PageAsync(client, Site("/steps/1-4"));

        Assert.StartsWith(step.MainAction.Ja, page.QuerySelector("#main-action")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("derived", Whose(page, "#main-action"));
        Assert.StartsWith(step.SmartPoint.Ja, page.QuerySelector("#smart-point")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("seed", Whose(page, "#smart-point"));
        var point = page.QuerySelector("#point-1-4-a")!;
        Assert.Contains(step.Points[0].Title.Ja, point.TextContent, StringComparison.Ordinal);
        Assert.Equal("seed", point.QuerySelector(".whose")!.GetAttribute("data-whose"));
        Assert.Equal("derived", point.QuerySelector(".step-question .whose")!.GetAttribute("data-whose"));
        Assert.Equal("ours", Whose(page, "#help-text"));
        Assert.NotNull(page.QuerySelector("#whose-legend"));

        var missing = Assert.Single(page.QuerySelectorAll("#missing a"));
        Assert.Equal(Site("/step1/assets/edit/spare-hmi"), missing.GetAttribute("href"));
        Assert.Contains("予備HMI（未設置）", missing.TextContent, StringComparison.Ordinal);
        Assert.Equal(Site("/steps/1-5"), page.QuerySelector("#next-step a")!.GetAttribute("href"));

        var zones = await Forms.PageAsync(client, Site("/steps/1-6"));
        Assert.Equal(["seed", "seed"], zones.QuerySelectorAll("#emphases .whose").Select(m => m.GetAttribute("data-whose")));
        var last = await Forms.PageAsync(client, Site("/steps/3"));
        Assert.NotNull(last.QuerySelector("#emphasis-external-services"));
        Assert.NotNull(last.QuerySelector("#pdca"));
        Assert.Contains(last.QuerySelectorAll("#work a"), a => a.GetAttribute("href") == Site("/suppliers"));

        var fixedPage = await client.GetAsync(new Uri(Site("/step1/assets/edit/spare-hmi"), UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, fixedPage.StatusCode);
        var unknown = await client.GetAsync(new Uri(Site("/steps/9-9"), UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Theory]
    [DatabaseProviders]
    public async Task The_site_menu_is_the_guidelines_steps_with_the_current_page_marked(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        await factory.AddUserAsync("viewer@example.com", roles: (WebFactory.DemoSite, "viewer"));
        await factory.AddUserAsync("lead@example.com", roles: (WebFactory.DemoSite, "security-lead"));
        var viewer = await factory.SignedInClientAsync("viewer@example.com");
        var lead = await factory.SignedInClientAsync("lead@example.com");

        var dashboard = await Forms.PageAsync(viewer, Site(""));
        Assert.Equal(["nav-dashboard", "nav-step1", "nav-step2", "nav-step3", "nav-settings"], dashboard.QuerySelectorAll("nav.site .site-parts a").Select(a => a.Id));
        Assert.Equal("page", dashboard.QuerySelector("#nav-dashboard")!.GetAttribute("aria-current"));
        Assert.Null(dashboard.QuerySelector("nav.site .site-pages"));

        var step = await Forms.PageAsync(viewer, Site("/steps/1-3"));
        Assert.Equal("true", step.QuerySelector("#nav-step1")!.GetAttribute("aria-current"));
        Assert.Equal("page", step.QuerySelector("#nav-step-1-3")!.GetAttribute("aria-current"));
        Assert.Equal(
            ["nav-step1-sections", "nav-step-1-1", "nav-step-1-2", "nav-step-1-3", "nav-step-1-4", "nav-step-1-5", "nav-step-1-6", "nav-step-1-7"],
            step.QuerySelectorAll("nav.site .site-pages a").Select(a => a.Id));
        Assert.Single(step.QuerySelectorAll("nav.site [aria-current=page]"));

        // A section's form belongs to the first step that fills the section.
        var form = await Forms.PageAsync(viewer, Site("/step1/assets"));
        Assert.Equal("true", form.QuerySelector("#nav-step-1-4")!.GetAttribute("aria-current"));
        var zone = await Forms.PageAsync(viewer, Site("/step2/control-line1"));
        Assert.Equal("true", zone.QuerySelector("#nav-step2-zones")!.GetAttribute("aria-current"));
        Assert.Equal("true", zone.QuerySelector("#nav-step2")!.GetAttribute("aria-current"));

        var settings = await Forms.PageAsync(viewer, Site("/model"));
        Assert.Equal(["nav-model", "nav-provenance"], settings.QuerySelectorAll("nav.site .site-pages a").Select(a => a.Id));
        var leads = await Forms.PageAsync(lead, Site("/model"));
        Assert.Equal(["nav-model", "nav-provenance", "nav-audit", "nav-members"], leads.QuerySelectorAll("nav.site .site-pages a").Select(a => a.Id));
    }

    private static string? Whose(IDocument page, string selector) =>
        page.QuerySelector(selector)!.QuerySelector(".whose")!.GetAttribute("data-whose");
}
