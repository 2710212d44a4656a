using System.Net;
using FactoryCps.Cases;
using FactoryCps.Web.Audit;
using FactoryCps.Web.Cases;
using FactoryCps.Web.Data;
using FactoryCps.Web.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FactoryCps.Tests.Web;

/// <summary>Step 3 cases through the pages: reporting, the OODA phases with their roles, approval, deadlines, audit.</summary>
public sealed class CasePageTests
{
    private static string Site(string path) => $"/sites/{WebFactory.DemoSite}{path}";

    [Theory]
    [DatabaseProviders]
    public async Task An_engineer_reports_an_incident_and_it_is_listed_audited_and_due_by_its_severity(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider, settings: new() { ["Fcps:Cases:DeadlineDays:High"] = "3" });
        await factory.AddUserAsync("engineer@example.com", roles: (WebFactory.DemoSite, "engineer"));
        var client = await factory.SignedInClientAsync("engineer@example.com");

        var form = await Forms.GetAsync(client, Site("/cases"), "#report-form");
        var posted = await form.SubmitAsync(client, new() { ["title"] = "HMI restarts at night", ["description"] = "Twice this week at 02:00", ["asset"] = "hmi-line1", ["severity"] = "high" });

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(Site("/cases/1"), posted.Headers.Location!.OriginalString);
        var page = await Forms.PageAsync(client, Site("/cases/1"));
        Assert.Contains("HMI restarts at night", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var list = await Forms.PageAsync(client, Site("/cases"));
        Assert.NotNull(list.QuerySelector("#case-1"));
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
        var stored = await db.OodaCases.SingleAsync(Token);
        Assert.Equal(("damage", CasePhases.Observe, "hmi-line1", "engineer@example.com"), (stored.Stage, stored.Phase, stored.AssetId, stored.OpenedBy));
        Assert.Equal(TimeSpan.FromDays(3), stored.DueAt - stored.OpenedAt);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Section == "cases" && a.Action == "open" && a.Key == "1", Token));
    }

    [Theory]
    [DatabaseProviders]
    public async Task A_report_without_a_title_or_with_another_sites_asset_is_refused_and_nothing_is_stored(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        await factory.AddUserAsync("engineer@example.com", roles: (WebFactory.DemoSite, "engineer"));
        var client = await factory.SignedInClientAsync("engineer@example.com");

        var form = await Forms.GetAsync(client, Site("/cases"), "#report-form");
        var noTitle = await form.SubmitAsync(client, new() { ["title"] = " ", ["severity"] = "high" });
        var unknownAsset = await form.SubmitAsync(client, new() { ["title"] = "x", ["asset"] = "no-such-asset", ["severity"] = "high" });
        var badSeverity = await form.SubmitAsync(client, new() { ["title"] = "x", ["severity"] = "apocalyptic" });

        Assert.All([noTitle, unknownAsset, badSeverity], r => Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode));
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<FcpsDbContext>().OodaCases.AnyAsync(Token));
    }

    [Theory]
    [DatabaseProviders]
    public async Task A_preventive_case_goes_through_every_phase_by_the_right_roles_with_managements_approval(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var number = await OpenMatchCaseAsync(factory, "plc-line1");
        var lead = await ClientAsync(factory, "security-lead");
        var engineer = await ClientAsync(factory, "engineer");
        var executive = await ClientAsync(factory, "executive");
        var url = Site($"/cases/{number}");

        // Observe → orient: the security department receives the vendor's notification; an engineer may not.
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(engineer, url, "advance", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(lead, url, "advance", [])).StatusCode);

        // Orient needs the assessment.
        var refused = await PostAsync(lead, url, "advance", []);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(nameof(CaseRefusal.AssessmentMissing), await RefusalAsync(refused));
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(lead, url, "advance", new() { ["assessment"] = "Reachable from the DMZ via the vendor VPN" })).StatusCode);

        // Decide: importance 3, so management approves before act.
        var decision = new Dictionary<string, string> { ["decision"] = "Apply firmware 1.300", ["decisionMakers"] = "Sato, Tanaka", ["operationImpact"] = "Line 1 stops 2 h" };
        var unapproved = await PostAsync(lead, url, "advance", decision);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unapproved.StatusCode);
        Assert.Equal(nameof(CaseRefusal.ApprovalMissing), await RefusalAsync(unapproved));
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(lead, url, "approve", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(executive, url, "approve", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(lead, url, "advance", [])).StatusCode);

        // Act: the plant floor does the work and records the evidence.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await PostAsync(engineer, url, "advance", new() { ["workDone"] = "Firmware installed" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(engineer, url, "advance", new() { ["evidence"] = "CR-1042" })).StatusCode);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
        var closed = await db.OodaCases.Include(c => c.Events).SingleAsync(c => c.Number == number, Token);
        Assert.Equal((CasePhases.Closed, "fixed", "executive@example.com"), (closed.Phase, closed.Resolution, closed.ApprovedBy));
        Assert.Equal("Firmware installed", closed.WorkDone);
        Assert.Equal(
            ["open", "advance", "update", "advance", "update", "approve", "advance", "update", "update", "close"],
            closed.Events.OrderBy(e => e.Id).Select(e => e.Kind));
        var audited = await db.AuditEntries.Where(a => a.Section == "cases" && a.Key == number!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync(Token);
        Assert.Equal(closed.Events.OrderBy(e => e.Id).Select(e => e.Kind), audited);
    }

    [Theory]
    [DatabaseProviders]
    public async Task The_site_assignment_decides_who_moves_a_phase(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var number = await OpenMatchCaseAsync(factory, "plc-line1");
        var lead = await ClientAsync(factory, "security-lead");
        var engineer = await ClientAsync(factory, "engineer");

        // The site gives the preventive observe phase to engineers only (Step 3).
        var step3 = await Forms.GetAsync(lead, Site("/step3"), "#ooda-preventive-observe form");
        var saved = await step3.SubmitAsync(lead, new() { ["movedBy"] = "engineer" });
        Assert.True(HttpStatusCode.Redirect == saved.StatusCode, await saved.Content.ReadAsStringAsync(Token));

        var url = Site($"/cases/{number}");
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(lead, url, "advance", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(engineer, url, "advance", [])).StatusCode);
    }

    [Theory]
    [DatabaseProviders]
    public async Task A_stale_form_is_refused_and_a_viewer_cannot_work_on_cases(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var number = await OpenMatchCaseAsync(factory, "plc-line1");
        var lead = await ClientAsync(factory, "security-lead");
        var viewer = await ClientAsync(factory, "viewer");
        var url = Site($"/cases/{number}");
        var before = await Forms.GetAsync(lead, url, "#phase-form");

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(lead, url, "advance", [])).StatusCode);
        before.Form.SetAttribute("action", url + "?handler=advance");
        Assert.Equal(HttpStatusCode.Conflict, (await before.SubmitAsync(lead, [])).StatusCode);
        var page = await Forms.PageAsync(viewer, url);
        Assert.Null(page.QuerySelector("#phase-form"));
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsync(url + "?handler=advance", new FormUrlEncodedContent([]), Token)).StatusCode);
    }

    [Theory]
    [DatabaseProviders]
    public async Task Overdue_cases_are_on_the_dashboard_and_a_match_opens_one_case_only(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var first = await OpenMatchCaseAsync(factory, "plc-line1");
        var again = await OpenMatchCaseAsync(factory, "plc-line1");
        Assert.Null(again);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
            var c = await db.OodaCases.SingleAsync(Token);
            c.DueAt = c.OpenedAt.AddDays(-1);
            await db.SaveChangesAsync(Token);
        }

        var lead = await ClientAsync(factory, "viewer");
        var dashboard = await Forms.PageAsync(lead, Site(""));
        var overdue = dashboard.QuerySelector("#overdue-cases");
        Assert.NotNull(overdue);
        Assert.NotNull(overdue.QuerySelector($"a[href$='/cases/{first}']"));
    }

    [Theory]
    [DatabaseProviders]
    public async Task Two_openers_at_the_same_moment_open_each_match_once_with_distinct_numbers(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var candidates = Enumerable.Range(1, 5).Select(i => new MatchCandidate(
            $"plc-line1||ICSA-23-001-0{i}|P{i}", "plc-line1", $"CVE-2023-000{i}", 7.5,
            new CaseMatch { AdvisoryId = $"ICSA-23-001-0{i}", AdvisoryVersion = "1", Publisher = "CISA", Method = "name+version", Confidence = "high" })).ToList();

        async Task<int> OpenAsync()
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
            var site = await db.Sites.SingleAsync(s => s.Key == WebFactory.DemoSite, Token);
            return (await scope.ServiceProvider.GetRequiredService<CaseHandling>().OpenFromMatchesAsync(site, candidates, new CaseActor(null, "system", null, true), Token)).Count;
        }

        var opened = await Task.WhenAll(OpenAsync(), OpenAsync(), OpenAsync());

        Assert.Equal(candidates.Count, opened.Sum());
        await using var check = factory.Services.CreateAsyncScope();
        var numbers = await check.ServiceProvider.GetRequiredService<FcpsDbContext>().OodaCases.Select(c => c.Number).OrderBy(n => n).ToListAsync(Token);
        Assert.Equal(Enumerable.Range(1, candidates.Count), numbers);
    }

    private static async Task<string?> RefusalAsync(HttpResponseMessage response) =>
        Forms.Parse(await response.Content.ReadAsStringAsync(Token)).QuerySelector("#refusal")?.GetAttribute("data-refusal");

    private static async Task<HttpClient> ClientAsync(WebFactory factory, string role)
    {
        await factory.AddUserAsync($"{role}@example.com", roles: (WebFactory.DemoSite, role));
        return await factory.SignedInClientAsync($"{role}@example.com");
    }

    /// <summary>Submits the case page's phase form (or the approval form) with a handler, as its buttons do.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string handler, Dictionary<string, string> values)
    {
        var selector = handler == "approve" ? "#approve-form" : "#phase-form";
        var page = await Forms.PageAsync(client, url);
        if (page.QuerySelector(selector) is null)
        {
            // The page offers no form to this user: post what a hand-made request would, with a valid token.
            var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
            var version = System.Text.RegularExpressions.Regex.Match(await client.GetStringAsync(url, Token), "name=\"version\" value=\"(\\d+)\"").Groups[1].Value;
            var fields = new Dictionary<string, string>(values) { ["__RequestVerificationToken"] = token, ["version"] = version is { Length: > 0 } ? version : "1" };
            return await client.PostAsync($"{url}?handler={handler}", new FormUrlEncodedContent(fields), Token);
        }

        var form = await Forms.GetAsync(client, url, selector);
        form.Form.SetAttribute("action", $"{url}?handler={handler}");
        return await form.SubmitAsync(client, values);
    }

    /// <summary>Opens a preventive case for a demo asset as the advisory matching does; null when the match has one already.</summary>
    private static async Task<int?> OpenMatchCaseAsync(WebFactory factory, string asset)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
        var site = await db.Sites.SingleAsync(s => s.Key == WebFactory.DemoSite, Token);
        var cases = scope.ServiceProvider.GetRequiredService<CaseHandling>();
        Assert.Equal(3, await cases.AssetImportanceAsync(site, asset, Token));
        var match = new CaseMatch { AdvisoryId = "ICSA-23-001-01", AdvisoryVersion = "1", Publisher = "CISA", ProductId = "CSAFPID-0001", Cves = "CVE-2023-0001", Method = "name+version", Confidence = "high" };
        var opened = await cases.OpenFromMatchesAsync(site, [new MatchCandidate($"{asset}|ICSA-23-001-01|CSAFPID-0001", asset, "CVE-2023-0001 in iQ-R", 9.8, match)], new CaseActor(null, "system", null, true), Token);
        return opened.SingleOrDefault()?.Number;
    }
}
