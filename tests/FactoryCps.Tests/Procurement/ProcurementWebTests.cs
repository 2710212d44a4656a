using System.Net;
using System.Text.Json.Nodes;
using FactoryCps.Localization;
using FactoryCps.Procurement;
using FactoryCps.Resources;
using FactoryCps.Tests.Web;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FactoryCps.Tests.Procurement;

/// <summary>The specification downloaded from the web application, from the stored model, by whoever may read the site.</summary>
public sealed class ProcurementWebTests
{
    private static string Site(string path) => $"/sites/{WebFactory.DemoSite}{path}";

    [Theory]
    [DatabaseProviders]
    public async Task A_viewer_downloads_the_specification_in_each_format_and_language(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        await factory.AddUserAsync("viewer@example.com", roles: (WebFactory.DemoSite, "viewer"));
        var client = await factory.SignedInClientAsync("viewer@example.com");

        var docx = await client.GetAsync(Site("/procurement/camera-line2?format=docx&lang=en"), Token);
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal(SpecificationFormats.ContentType("docx"), docx.Content.Headers.ContentType?.MediaType);
        Assert.Contains("kawasaki-camera-line2-procurement-en.docx", docx.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        using (var document = ProcurementFixture.OpenDocx(await docx.Content.ReadAsByteArrayAsync(Token)))
        {
            Assert.Equal(
                ProcurementSpecification.SectionKeys.Select(k => ProcurementFixture.Heading(k, Language.En)),
                ProcurementFixture.Styled(document, "Heading1"));
        }

        var html = await client.GetStringAsync(Site("/procurement/analytics-cloud?format=html&lang=ja"), Token);
        Assert.Contains(ProcurementFixture.Heading(nameof(ProcurementText.SectionIncident), Language.Ja), html, StringComparison.Ordinal);
        var md = await client.GetStringAsync(Site("/procurement/vision-sw?format=md"), Token);
        Assert.StartsWith($"# {ProcurementFixture.Heading(nameof(ProcurementText.Title), Language.Ja)}", md, StringComparison.Ordinal);

        var page = await Forms.PageAsync(client, Site("/step1/assets"));
        Assert.Contains(page.QuerySelectorAll("td.procurement a"), a => a.GetAttribute("href") == Site("/procurement/camera-line2?format=docx&lang=ja"));
    }

    [Theory]
    [DatabaseProviders]
    public async Task Wrong_items_formats_and_people_are_refused(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        await factory.AddUserAsync("viewer@example.com", roles: (WebFactory.DemoSite, "viewer"));
        await factory.AddUserAsync("stranger@example.com");
        var viewer = await factory.SignedInClientAsync("viewer@example.com");

        var unknown = await viewer.GetAsync(Site("/procurement/no-such-item?lang=en"), Token);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await unknown.Content.ReadAsStringAsync(Token))!;
        Assert.Contains("'no-such-item'", (string?)problem["detail"], StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.BadRequest, (await viewer.GetAsync(Site("/procurement/camera-line2?format=pdf"), Token)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await viewer.GetAsync(Site("/procurement/camera-line2?lang=fr"), Token)).StatusCode);

        var stranger = await factory.SignedInClientAsync("stranger@example.com");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(Site("/procurement/camera-line2"), Token)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync("/sites/elsewhere/procurement/camera-line2", Token)).StatusCode);
        var anonymous = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await anonymous.GetAsync(Site("/procurement/camera-line2"), Token);
        Assert.True(
            response.StatusCode == HttpStatusCode.Unauthorized || response.Headers.Location?.OriginalString.Contains("/login", StringComparison.Ordinal) == true,
            $"anonymous: {(int)response.StatusCode}");
    }
}
