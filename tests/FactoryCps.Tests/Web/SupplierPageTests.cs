using System.Net;
using FactoryCps.Catalog;
using FactoryCps.Web.Data;
using FactoryCps.Web.Suppliers.Questionnaires;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FactoryCps.Tests.Web;

/// <summary>The staff's supplier pages as a browser uses them: add a supplier and an item, issue a questionnaire, invite.</summary>
public sealed class SupplierPageTests
{
    private static string Site(string path) => $"/sites/{WebFactory.DemoSite}{path}";

    [Theory]
    [DatabaseProviders]
    public async Task A_lead_adds_a_supplier_and_an_item_issues_a_questionnaire_and_creates_a_link_shown_once(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        await factory.AddUserAsync("lead@example.com", false, (WebFactory.DemoSite, "security-lead"));
        var lead = await factory.SignedInClientAsync("lead@example.com");

        var form = await Forms.GetAsync(lead, Site("/suppliers"), "#supplier-form");
        var refused = await form.SubmitAsync(lead, new() { ["Form.Name"] = "Cloud C", ["Form.Kind"] = "cloud-provider", ["Form.Stakeholder"] = "nobody" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("nobody", Forms.Parse(await refused.Content.ReadAsStringAsync(Token)).QuerySelector(".field.invalid .field-error")!.TextContent, StringComparison.Ordinal);

        var created = await form.SubmitAsync(lead, new() { ["Form.Name"] = "Cloud C", ["Form.Kind"] = "cloud-provider", ["Form.Stakeholder"] = "cloud-vendor" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var supplierPage = created.Headers.Location!.OriginalString;

        var itemForm = await Forms.GetAsync(lead, supplierPage, "#item-form");
        var values = new Dictionary<string, string> { ["Item.Name"] = "Quality analytics", ["Item.Category"] = "cloud", ["Item.Phase"] = "contract", ["Item.Zones"] = "cloud-gw, nowhere", ["Item.Externals"] = "analytics-cloud" };
        var badItem = await itemForm.SubmitAsync(lead, values);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badItem.StatusCode);
        Assert.Equal("zones", Forms.Parse(await badItem.Content.ReadAsStringAsync(Token)).QuerySelector(".field-error[data-field]")!.GetAttribute("data-field"));
        values["Item.Zones"] = "cloud-gw";
        var item = await itemForm.SubmitAsync(lead, values);
        Assert.Equal(HttpStatusCode.Redirect, item.StatusCode);

        var issue = await Forms.GetAsync(lead, item.Headers.Location!.OriginalString, "#issue-form");
        var issued = await issue.SubmitAsync(lead, new() { ["due"] = "2026-07-31" });
        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        Assert.Equal(Site("/questionnaires/1"), issued.Headers.Location!.OriginalString);

        // The questions are the catalogue's for cloud services at contract, copied with both languages.
        var catalog = factory.Services.GetRequiredService<GuidelineCatalog>();
        var expected = catalog.SupplyChain.Where(i => i.Category == "cloud" && i.Phase == "contract").ToList();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var stored = await scope.ServiceProvider.GetRequiredService<FcpsDbContext>().QuestionnaireItems().OrderBy(i => i.Position).ToListAsync(Token);
            Assert.NotEmpty(expected);
            Assert.Equal(expected.Select(i => (i.Id, i.Text.Ja, i.Text.En)), stored.Select(i => (i.ItemId, i.TextJa, i.TextEn)));
        }

        var page = await Forms.PageAsync(lead, Site("/questionnaires/1"));
        Assert.Equal(expected.Count, page.QuerySelectorAll("#questions tbody tr").Length);
        var invite = await Forms.GetAsync(lead, Site("/questionnaires/1"), "#invite-form");
        var withLink = await invite.SubmitAsync(lead, new() { ["recipient"] = "Tanaka" });
        Assert.True(withLink.Headers.CacheControl!.NoStore);
        var link = Forms.Parse(await withLink.Content.ReadAsStringAsync(Token)).QuerySelector("#invitation-link")!.TextContent;
        Assert.Contains("/portal/invite/fcpi_", link, StringComparison.Ordinal);
        var again = await Forms.PageAsync(lead, Site("/questionnaires/1"));
        Assert.Null(again.QuerySelector("#invitation-link"));
        Assert.Contains("Tanaka", again.QuerySelector("#invitations")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [DatabaseProviders]
    public async Task Another_sites_supplier_is_not_found_through_this_site(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<FactoryCps.Web.Sites.SiteModelStore>().ImportAsync("format: 1\nsite: { id: other-plant }\n", "o.yaml", SupplyTestData.Lead, Token)).Succeeded);
        }

        var (q, _) = await SupplyTestData.IssueAsync(factory, "other-plant", "Cloud C", null);
        await factory.AddUserAsync("lead@example.com", false, (WebFactory.DemoSite, "security-lead"));
        var lead = await factory.SignedInClientAsync("lead@example.com");
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync(Site($"/suppliers/{q.SupplierId}"), Token)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync(Site($"/suppliers/{q.SupplierId}/items/{q.SuppliedItemId}"), Token)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync(Site($"/questionnaires/{q.Number}"), Token)).StatusCode);
    }
}
