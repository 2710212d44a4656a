using System.Net;
using FactoryCps.Web.Data;
using FactoryCps.Web.Shared;
using FactoryCps.Web.Sites;
using FactoryCps.Web.Suppliers;
using FactoryCps.Web.Suppliers.Portal;
using FactoryCps.Web.Suppliers.Questionnaires;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FactoryCps.Tests.Web;

/// <summary>A supplier, a supplied item, an issued questionnaire and an invitation link, made through the services the pages use.</summary>
internal static class SupplyTestData
{
    public static readonly Actor Lead = new(null, "lead@example.com");

    /// <summary>A product of the demo's control maker in the procurement phase, touching line 1; its first questionnaire and a link.</summary>
    public static Task<(Questionnaire Questionnaire, string Token)> IssueAsync(WebFactory factory, string site = WebFactory.DemoSite, string supplier = "Maker A", string? stakeholder = "maker-a") =>
        IssueAsync(factory.Services, site, supplier, stakeholder);

    /// <summary>The same on any host of the application (the browser tests' too).</summary>
    public static async Task<(Questionnaire Questionnaire, string Token)> IssueAsync(IServiceProvider root, string site = WebFactory.DemoSite, string supplier = "Maker A", string? stakeholder = "maker-a")
    {
        await using var scope = root.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var siteRow = await services.GetRequiredService<FcpsDbContext>().Sites.AsNoTracking().SingleAsync(s => s.Key == site);
        var directory = services.GetRequiredService<SupplierDirectory>();
        var created = await directory.CreateAsync(siteRow, new SupplierInput(supplier, "equipment-maker", "support@maker-a.example", stakeholder), Lead);
        Assert.Equal(SupplyOutcomeKind.Done, created.Kind);
        var zones = site == WebFactory.DemoSite ? new[] { "control-line1" } : [];
        var item = await directory.CreateItemAsync(
            siteRow, created.Value!.Id, new SuppliedItemInput("PLC firmware", "product", "procurement", null, null, new DateOnly(2031, 3, 31), zones, [], [], []), Lead);
        Assert.Equal(SupplyOutcomeKind.Done, item.Kind);
        var (issued, _) = await services.GetRequiredService<QuestionnaireDesk>().IssueAsync(siteRow, created.Value.Id, item.Value!.Id, new DateOnly(2026, 6, 30), Lead);
        Assert.NotNull(issued);
        var (_, token) = await services.GetRequiredService<PortalInvitations>().CreateAsync(issued, "Sato", Lead);
        return (issued, token);
    }

    /// <summary>The questionnaire's site as a request's access check resolves it: read once, untracked.</summary>
    public static Task<SiteEntity> SiteOfAsync(IServiceProvider services, Questionnaire questionnaire) =>
        services.GetRequiredService<FcpsDbContext>().Sites.AsNoTracking().SingleAsync(s => s.Id == questionnaire.SiteId, TestContext.Current.CancellationToken);

    /// <summary>A browser-like client holding a portal session opened with the link, as a supplier would.</summary>
    public static async Task<HttpClient> PortalClientAsync(WebFactory factory, string token)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        var form = await Forms.GetAsync(client, $"/portal/invite/{token}");
        var opened = await form.SubmitAsync(client, []);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.StartsWith("/portal/questionnaires/", opened.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain(token, opened.Headers.Location.OriginalString, StringComparison.Ordinal);
        return client;
    }

    /// <summary>Stores a file as evidence directly, as the portal does after its checks.</summary>
    public static async Task AddEvidenceAsync(WebFactory factory, Questionnaire questionnaire, byte[] content, string fileName)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var (upload, problem) = EvidenceUpload.Check(fileName, content, 1024 * 1024);
        Assert.Null(problem);
        var refusal = await scope.ServiceProvider.GetRequiredService<QuestionnaireDesk>().AddEvidenceAsync(questionnaire.Id, questionnaire.Items[0].ItemId, upload!, "Sato", Lead);
        Assert.Null(refusal);
    }
}
