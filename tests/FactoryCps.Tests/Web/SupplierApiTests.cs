using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FactoryCps.Web.Audit;
using FactoryCps.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FactoryCps.Tests.Web;

/// <summary>/api/v1 for suppliers, supplied items and questionnaires: checks against the model, If-Match, audit.</summary>
public sealed class SupplierApiTests
{
    private static string Api(string path) => $"/api/v1/sites/{WebFactory.DemoSite}{path}";

    [Theory]
    [DatabaseProviders]
    public async Task Suppliers_and_items_are_checked_against_the_model_and_changed_only_with_the_current_version(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var api = await ApiClientAsync(factory, "lead@example.com", "security-lead");

        var invalid = await api.PostAsJsonAsync(Api("/suppliers"), new { name = "", kind = "reseller", stakeholder = "nobody" }, Token);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>(Token)).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()).ToList();
        Assert.Equal(["name", "kind", "stakeholder"], errors);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.PostAsJsonAsync(Api("/suppliers"), new { name = "X", kind = "integrator", colour = "red" }, Token)).StatusCode);

        var created = await api.PostAsJsonAsync(Api("/suppliers"), new { name = "Maker A", kind = "equipment-maker", stakeholder = "maker-a" }, Token);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("\"1\"", created.Headers.ETag!.Tag);
        var location = created.Headers.Location!.OriginalString;
        Assert.Equal(HttpStatusCode.Conflict, (await api.PostAsJsonAsync(Api("/suppliers"), new { name = "Maker A", kind = "integrator" }, Token)).StatusCode);

        var change = new { name = "Maker A", kind = "equipment-maker", contact = "psirt@maker-a.example", stakeholder = "maker-a" };
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await api.PutAsJsonAsync(location, change, Token)).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await Put(api, location, change, "\"7\"")).StatusCode);
        var updated = await Put(api, location, change, "\"1\"");
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("\"2\"", updated.Headers.ETag!.Tag);

        var items = location + "/items";
        var unknown = await api.PostAsJsonAsync(items, new { name = "Remote maintenance", category = "software", phase = "operation", conduits = new[] { "no-such-conduit" }, zones = new[] { "dmz" } }, Token);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("no-such-conduit", await unknown.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        var backwards = await api.PostAsJsonAsync(items, new { name = "Support", category = "software", phase = "contract", contractStart = "2026-04-01", contractEnd = "2025-03-31" }, Token);
        Assert.Equal("contractEnd", (await backwards.Content.ReadFromJsonAsync<JsonElement>(Token)).GetProperty("errors")[0].GetProperty("path").GetString());

        var item = await api.PostAsJsonAsync(items, new { name = "Remote maintenance", category = "software", phase = "operation", conduits = new[] { "vendor-link" }, externals = new[] { "vendor-remote" }, zones = new[] { "dmz" }, supportEnd = "2030-12-31" }, Token);
        Assert.Equal(HttpStatusCode.Created, item.StatusCode);
        var stored = await api.GetFromJsonAsync<JsonElement>(item.Headers.Location!.OriginalString, Token);
        Assert.Equal("vendor-link", stored.GetProperty("conduits")[0].GetString());
        Assert.Equal("2030-12-31", stored.GetProperty("supportEnd").GetString());

        await using var scope = factory.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<FcpsDbContext>().AuditEntries
            .Where(a => a.Section == "suppliers" || a.Section == "supplied-items").Select(a => a.Section + " " + a.Action).ToListAsync(Token);
        Assert.Equal(["suppliers create", "suppliers update", "supplied-items create"], audit);
    }

    [Theory]
    [DatabaseProviders]
    public async Task Questionnaires_are_read_with_their_questions_answers_and_evidence(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var (q, _) = await SupplyTestData.IssueAsync(factory);
        var pdf = SupplierRulesTests.Sample("pdf");
        await SupplyTestData.AddEvidenceAsync(factory, q, pdf, "policy.pdf");
        var api = await ApiClientAsync(factory, "viewer@example.com", "viewer");

        var list = await api.GetFromJsonAsync<JsonElement>(Api("/questionnaires"), Token);
        Assert.Equal(q.PublicId, list[0].GetProperty("publicId").GetString());
        var detail = await api.GetAsync(Api($"/questionnaires/{q.Number}"), Token);
        Assert.Equal("\"1\"", detail.Headers.ETag!.Tag);
        var body = await detail.Content.ReadFromJsonAsync<JsonElement>(Token);
        var questions = body.GetProperty("questions");
        Assert.Equal(q.Items.Count, questions.GetArrayLength());
        Assert.Equal(q.Items[0].TextJa, questions[0].GetProperty("text").GetProperty("ja").GetString());
        var evidence = questions[0].GetProperty("evidence")[0];
        Assert.Equal(pdf, await api.GetByteArrayAsync(Api($"/questionnaires/{q.Number}/evidence/{evidence.GetProperty("id").GetInt64()}"), Token));
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync(Api("/questionnaires/99"), Token)).StatusCode);

        // A viewer reads but does not manage suppliers.
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsJsonAsync(Api("/suppliers"), new { name = "X", kind = "integrator" }, Token)).StatusCode);
    }

    private static async Task<HttpClient> ApiClientAsync(WebFactory factory, string email, string role)
    {
        var user = await factory.AddUserAsync(email, false, (WebFactory.DemoSite, role));
        var api = factory.CreateClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", await factory.TokenForAsync(user));
        return api;
    }

    private static Task<HttpResponseMessage> Put(HttpClient api, string url, object body, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return api.SendAsync(request, Token);
    }
}
