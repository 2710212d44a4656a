using System.Net;
using AngleSharp.Dom;
using FactoryCps.Web.Data;
using FactoryCps.Web.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FactoryCps.Tests.Web;

/// <summary>The Step 2 zone page's one save of its countermeasure statuses: all or none, each row with its own version.</summary>
public sealed class ZoneStatusesPageTests
{
    private const string Zone = "/sites/" + WebFactory.DemoSite + "/step2/cloud-gw";

    private static async Task<(WebFactory Factory, HttpClient Client)> StartAsync(string provider)
    {
        var factory = await WebFactory.CreateAsync(provider);
        await factory.AddUserAsync("lead@example.com", roles: (WebFactory.DemoSite, "security-lead"));
        return (factory, await factory.SignedInClientAsync("lead@example.com"));
    }

    /// <summary>The form field name of a row's field, found by the countermeasure the row carries.</summary>
    private static string Field(Forms form, string countermeasure, string field)
    {
        var hidden = form.Form.QuerySelectorAll("input[type=hidden]").First(i => i.GetAttribute("name")!.EndsWith(".Countermeasure", StringComparison.Ordinal) && i.GetAttribute("value") == countermeasure);
        return hidden.GetAttribute("name")!.Replace(".Countermeasure", "." + field, StringComparison.Ordinal);
    }

    private static List<string> Unimplemented(Forms form) =>
        [.. form.Form.QuerySelectorAll("#countermeasures tbody tr").Where(r => r.QuerySelector("select option[selected]")?.GetAttribute("value") is not ("implemented" or "not-applicable")).Select(r => r.Id!["cm-".Length..])];

    private static string? Selected(IDocument page, string countermeasure) =>
        page.QuerySelector($"#cm-{countermeasure} select option[selected]")?.GetAttribute("value");

    private static async Task<int> AuditedAsync(WebFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FcpsDbContext>().AuditEntries.CountAsync(a => a.Section == "countermeasures", Token);
    }

    [Theory]
    [DatabaseProviders]
    public async Task The_page_has_one_form_and_one_save_and_saves_only_the_changed_rows_each_audited(string provider)
    {
        var (factory, client) = await StartAsync(provider);
        await using var _ = factory;
        var form = await Forms.GetAsync(client, Zone, "#statuses");
        Assert.Single(form.Document.QuerySelectorAll("main form[method=post]"), f => f.QuerySelector("#countermeasures") is not null);
        Assert.Single(form.Form.QuerySelectorAll("button[type=submit]"));
        Assert.NotNull(form.Form.QuerySelector("input[name=__RequestVerificationToken]"));
        var rows = form.Form.QuerySelectorAll("#countermeasures tbody tr").Length;
        Assert.True(rows > 2, $"{rows} rows");
        var (first, second) = (Unimplemented(form)[0], Unimplemented(form)[1]);
        var audited = await AuditedAsync(factory);

        var saved = await form.SubmitAsync(client, new()
        {
            [Field(form, first, "Status")] = "implemented",
            [Field(form, second, "Owner")] = "sec-dept",
            [Field(form, second, "Due")] = "2027-03-31",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await Forms.PageAsync(client, saved.Headers.Location!.OriginalString);
        Assert.Contains("2", after.QuerySelector("#status-message")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("implemented", Selected(after, first));
        Assert.Equal("2027-03-31", after.QuerySelector($"#cm-{second} input[type=date]")!.GetAttribute("value"));
        Assert.Equal(audited + 2, await AuditedAsync(factory));

        // Saving the page again as it is changes nothing and audits nothing.
        var again = await Forms.GetAsync(client, Zone, "#statuses");
        Assert.Equal(HttpStatusCode.Redirect, (await again.SubmitAsync(client, [])).StatusCode);
        Assert.Equal(audited + 2, await AuditedAsync(factory));
    }

    [Theory]
    [DatabaseProviders]
    public async Task One_bad_row_saves_nothing_and_the_page_says_what_is_wrong_with_that_row(string provider)
    {
        var (factory, client) = await StartAsync(provider);
        await using var _ = factory;
        var form = await Forms.GetAsync(client, Zone, "#statuses");
        var (good, bad) = (Unimplemented(form)[0], Unimplemented(form)[1]);
        var audited = await AuditedAsync(factory);

        var refused = await form.SubmitAsync(client, new()
        {
            [Field(form, good, "Status")] = "implemented",
            [Field(form, bad, "Due")] = "2027-02-30",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = Forms.Parse(await refused.Content.ReadAsStringAsync(Token));
        Assert.NotNull(page.QuerySelector($"#cm-{bad}-error"));
        Assert.Null(page.QuerySelector($"#cm-{good}-error"));
        Assert.Equal("implemented", Selected(page, good)); // the person's other change is still in the form
        Assert.Equal(audited, await AuditedAsync(factory));
        Assert.NotEqual("implemented", Selected(await Forms.PageAsync(client, Zone), good));
    }

    [Theory]
    [DatabaseProviders]
    public async Task A_row_changed_by_someone_else_since_the_page_was_loaded_is_refused_by_name_and_nothing_is_saved(string provider)
    {
        var (factory, client) = await StartAsync(provider);
        await using var _ = factory;
        var mine = await Forms.GetAsync(client, Zone, "#statuses");
        var theirs = await Forms.GetAsync(client, Zone, "#statuses");
        var (contested, other) = (Unimplemented(mine)[0], Unimplemented(mine)[1]);
        Assert.Equal(HttpStatusCode.Redirect, (await theirs.SubmitAsync(client, new() { [Field(theirs, contested, "Status")] = "planned" })).StatusCode);
        var audited = await AuditedAsync(factory);

        var refused = await mine.SubmitAsync(client, new()
        {
            [Field(mine, contested, "Status")] = "implemented",
            [Field(mine, other, "Status")] = "implemented",
        });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var page = Forms.Parse(await refused.Content.ReadAsStringAsync(Token));
        var cell = (IElement)page.QuerySelector($"#cm-{contested} td")!.Clone();
        foreach (var aside in cell.QuerySelectorAll(".id, .whose"))
        {
            aside.Remove();
        }

        var title = cell.TextContent.Trim();
        Assert.NotEmpty(title);
        Assert.Contains(title, page.QuerySelector($"#cm-{contested}-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("planned", Selected(page, contested)); // theirs is shown, with its new version
        Assert.Equal(audited, await AuditedAsync(factory));
        var now = await Forms.PageAsync(client, Zone);
        Assert.Equal("planned", Selected(now, contested));
        Assert.NotEqual("implemented", Selected(now, other));

        // Saved again from the refused page, the change now applies over theirs.
        var retry = Forms.Of(page, Zone, "#statuses");
        Assert.Equal(HttpStatusCode.Redirect, (await retry.SubmitAsync(client, new() { [Field(retry, contested, "Status")] = "implemented" })).StatusCode);
        Assert.Equal("implemented", Selected(await Forms.PageAsync(client, Zone), contested));
    }
}
