using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FactoryCps.Tests.Workbooks;
using FactoryCps.Web.Audit;
using FactoryCps.Web.Data;
using FactoryCps.Web.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FactoryCps.Tests.Web.ApiClients;
using static FactoryCps.Tests.Web.AssessmentApiTests;

namespace FactoryCps.Tests.Web;

/// <summary>
/// A round as a file and back (docs/assessment.md "In the web"): downloaded as .xlsx or YAML, filled offline and
/// uploaded through the answer rules, all of the file or nothing, on the page and through /api/v1.
/// </summary>
public sealed class RoundFileTests
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static string File(int round, string query = "") => Rounds($"/{round}/file{query}");

    /// <summary>The network round with line 2's zone questions given to another engineer, the rest to the engineer.</summary>
    private static JsonObject AssignedRound()
    {
        var round = NetworkRound();
        round["assignments"] = new JsonArray(
            new JsonObject { ["user"] = "engineer@example.com" },
            new JsonObject { ["zone"] = "control-line2", ["user"] = "other@example.com" });
        return round;
    }

    private static HttpRequestMessage Upload(HttpMethod method, string path, byte[] content, string type)
    {
        var request = new HttpRequestMessage(method, path) { Content = new ByteArrayContent(content) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return request;
    }

    private static async Task<byte[]> DownloadAsync(HttpClient client, string path, string type, CancellationToken ct)
    {
        using var response = await client.GetAsync(path, ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType!.MediaType);
        return await response.Content.ReadAsByteArrayAsync(ct);
    }

    /// <summary>A YAML entry's level set, as a person would type it.</summary>
    private static string Typed(string yaml, string question, string level)
    {
        var entry = new Regex($"(- question: {Regex.Escape(question)}\\r?\\n  level: )[^\\r\\n]*");
        Assert.Matches(entry, yaml);
        return entry.Replace(yaml, "${1}" + level, 1);
    }

    private static async Task<JsonObject> QuestionAsync(HttpClient client, string id, CancellationToken ct) =>
        (await ReadAsync(await client.GetAsync(Rounds("/1"), ct)))["questions"]!.AsArray().Single(q => (string?)q!["questionId"] == id)!.AsObject();

    [Theory]
    [DatabaseProviders]
    public async Task A_downloaded_file_filled_and_uploaded_stores_its_answers_and_refuses_stale_foreign_and_broken_files(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var lead = await ForAsync(factory, "lead@example.com", "security-lead");
        var engineer = await ForAsync(factory, "engineer@example.com", "engineer");
        await ForAsync(factory, "other@example.com", "engineer");
        var round = await ReadAsync(await lead.SendAsync(Request(HttpMethod.Post, Rounds(), AssignedRound()), ct));
        var all = round["questions"]!.AsArray().Select(q => (string)q!["questionId"]!).ToList();
        var mine = all.Where(q => !q.EndsWith("@control-line2", StringComparison.Ordinal)).ToList();

        // The engineer's workbook holds their questions only; two levels typed in Excel are stored as their answers.
        var workbook = await DownloadAsync(engineer, File(1, "?format=xlsx&lang=en"), Xlsx, ct);
        var filled = WorkbookEditor.Edit(workbook, e => e.Type("Questions", "F2", "3 Largely done").Type("Questions", "F3", "na").Type("Questions", "G3", "No such link here"));
        var taken = await engineer.SendAsync(Upload(HttpMethod.Put, File(1), filled, Xlsx), ct);
        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        Assert.Equal(2, (int)(await ReadAsync(taken))["stored"]!);
        var first = await QuestionAsync(lead, mine[0], ct);
        Assert.Equal((3, "engineer@example.com", 2), ((int)first["level"]!, (string)first["answeredBy"]!, (int)first["version"]!));
        var second = await QuestionAsync(lead, mine[1], ct);
        Assert.Equal((true, "No such link here"), ((bool)second["notApplicable"]!, (string)second["reason"]!));

        // The same file again changes nothing (its rows are what is stored now), so it is not stale either.
        Assert.Equal(0, (int)(await ReadAsync(await engineer.SendAsync(Upload(HttpMethod.Post, File(1), filled, Xlsx), ct)))["stored"]!);

        // A broken workbook: refused at its cell, nothing stored.
        var broken = WorkbookEditor.Edit(workbook, e => e.Type("Questions", "F4", "7").Type("Questions", "F5", "2"));
        var brokenProblem = await ProblemAsync(await engineer.SendAsync(Upload(HttpMethod.Put, File(1), broken, Xlsx), ct), HttpStatusCode.BadRequest);
        Assert.Contains(brokenProblem["errors"]!.AsArray(), e => (string?)e!["sheet"] == "Questions" && (string?)e["cell"] == "F4");
        Assert.Equal(1, (int)(await QuestionAsync(lead, mine[3], ct))["version"]!);

        // Stale: the lead answers a question after the engineer's YAML download; the file's row for it is refused
        // at its line and nothing of the file is stored, not even its other row.
        var yaml = Encoding.UTF8.GetString(await DownloadAsync(engineer, File(1, "?format=yaml"), "application/yaml", ct));
        Assert.DoesNotContain("@control-line2", yaml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await lead.SendAsync(Request(HttpMethod.Put, Answer(1, mine[2]), new JsonObject { ["level"] = 4 }, "\"1\""), ct)).StatusCode);
        var late = Typed(Typed(yaml, mine[2], "1"), mine[3], "2");
        var stale = await ProblemAsync(await engineer.SendAsync(Upload(HttpMethod.Put, File(1), Encoding.UTF8.GetBytes(late), "application/yaml"), ct), HttpStatusCode.Conflict);
        var staleError = stale["errors"]!.AsArray().Single()!;
        Assert.Equal("ChangedMeanwhile", (string?)staleError["code"]);
        Assert.True((int)staleError["line"]! > 0);
        Assert.Contains("lead@example.com", (string)staleError["message"]!, StringComparison.Ordinal);
        Assert.Equal(4, (int)(await QuestionAsync(lead, mine[2], ct))["level"]!);
        Assert.Equal(1, (int)(await QuestionAsync(lead, mine[3], ct))["version"]!);

        // Someone else's question added to the file: refused, nothing stored.
        var fresh = Encoding.UTF8.GetString(await DownloadAsync(engineer, File(1, "?format=yaml"), "application/yaml", ct));
        var theirs = all.First(q => q.EndsWith("@control-line2", StringComparison.Ordinal));
        var foreign = Typed(fresh, mine[3], "2") + $"- question: {theirs}\n  level: 3\n";
        var refused = await ProblemAsync(await engineer.SendAsync(Upload(HttpMethod.Post, File(1), Encoding.UTF8.GetBytes(foreign), "application/yaml"), ct), HttpStatusCode.Forbidden);
        Assert.Equal(("NotAssigned", "NotAssigned"), ((string?)refused["code"], (string?)refused["errors"]![0]!["code"]));
        Assert.True((int)refused["errors"]![0]!["line"]! > 0);
        Assert.Equal(1, (int)(await QuestionAsync(lead, mine[3], ct))["version"]!);

        // A YAML mistake is refused at file:line; a file of another type is refused as such.
        var bad = await ProblemAsync(await engineer.SendAsync(Upload(HttpMethod.Put, File(1), Encoding.UTF8.GetBytes(Typed(fresh, mine[3], "seven")), "application/yaml"), ct), HttpStatusCode.BadRequest);
        Assert.Equal("AssessmentLevelInvalid", (string?)bad["errors"]![0]!["code"]);
        Assert.True((int)bad["errors"]![0]!["line"]! > 0);
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
        await ProblemAsync(await engineer.SendAsync(Upload(HttpMethod.Put, File(1), png, "image/png"), ct), HttpStatusCode.UnsupportedMediaType);
        await ProblemAsync(await engineer.SendAsync(Upload(HttpMethod.Put, File(1), [], Xlsx), ct), HttpStatusCode.BadRequest);
        await ProblemAsync(await engineer.GetAsync(File(1, "?format=csv"), ct), HttpStatusCode.BadRequest);

        // Every upload is audited with the file's hash, taken or refused.
        await using var scope = factory.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<FcpsDbContext>().AuditEntries.Where(a => a.Section == "assessments" && a.Action.StartsWith("import")).ToListAsync(ct);
        Assert.Equal(2, audit.Count(a => a.Action == "import"));
        Assert.All(audit, a => Assert.Contains("sha256", a.After!, StringComparison.Ordinal));
    }

    [Theory]
    [DatabaseProviders]
    public async Task The_manager_answers_every_question_by_file_and_a_closed_round_is_downloaded_but_not_uploaded(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var lead = await ForAsync(factory, "lead@example.com", "security-lead");
        var reader = await ForAsync(factory, "viewer@example.com", "viewer");
        await ForAsync(factory, "engineer@example.com", "engineer");
        await ForAsync(factory, "other@example.com", "engineer");
        var round = await ReadAsync(await lead.SendAsync(Request(HttpMethod.Post, Rounds(), AssignedRound()), ct));
        var all = round["questions"]!.AsArray().Select(q => (string)q!["questionId"]!).ToList();

        // The lead's YAML holds every question; all answered in the file, all stored at once.
        var yaml = Encoding.UTF8.GetString(await DownloadAsync(lead, File(1, "?format=yaml"), "application/yaml", ct));
        var filled = all.Aggregate(yaml, (text, id) => Typed(text, id, "3"));
        var taken = await ReadAsync(await lead.SendAsync(Upload(HttpMethod.Put, File(1), Encoding.UTF8.GetBytes(filled), "application/yaml"), ct));
        Assert.Equal(all.Count, (int)taken["stored"]!);
        foreach (var id in all)
        {
            Assert.Equal(HttpStatusCode.OK, (await lead.SendAsync(Request(HttpMethod.Put, Rounds($"/1/questions/{Uri.EscapeDataString(id)}/review"), new JsonObject { ["review"] = "accepted" }, "\"2\""), ct)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await lead.SendAsync(Request(HttpMethod.Post, Rounds("/1/close"), new JsonObject { ["apply"] = true }, "\"1\""), ct)).StatusCode);

        // Closed: the file is its record, for the site's readers too; an upload is refused.
        var record = await DownloadAsync(reader, File(1, "?format=xlsx&lang=ja"), Xlsx, ct);
        Assert.NotEmpty(record);
        var closed = await ProblemAsync(await lead.SendAsync(Upload(HttpMethod.Put, File(1), Encoding.UTF8.GetBytes(filled), "application/yaml"), ct), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("Closed", (string?)closed["code"]);
        await ProblemAsync(await reader.SendAsync(Upload(HttpMethod.Put, File(1), Encoding.UTF8.GetBytes(filled), "application/yaml"), ct), HttpStatusCode.Forbidden);

        // Another site's round: not found, to download or to upload.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<SiteModelStore>().ImportAsync("format: 1\nsite: { id: other-plant }\n", "other.yaml", new Actor(null, "test"), ct)).Succeeded);
        }

        var admin = await ForAsync(factory, "admin@example.com", null, administrator: true);
        Assert.Equal(HttpStatusCode.Created, (await admin.SendAsync(Request(HttpMethod.Post, "/api/v1/sites/other-plant/assessments", NetworkRound()), ct)).StatusCode);
        await ProblemAsync(await lead.GetAsync("/api/v1/sites/other-plant/assessments/1/file", ct), HttpStatusCode.NotFound);
        await ProblemAsync(await lead.SendAsync(Upload(HttpMethod.Put, "/api/v1/sites/other-plant/assessments/1/file", Encoding.UTF8.GetBytes(filled), "application/yaml"), ct), HttpStatusCode.NotFound);
        await ProblemAsync(await lead.GetAsync(File(2), ct), HttpStatusCode.NotFound);

        // A file of this site's round 1 given to round 2 is refused as another round's.
        Assert.Equal(HttpStatusCode.Created, (await lead.SendAsync(Request(HttpMethod.Post, Rounds(), NetworkRound("次回")), ct)).StatusCode);
        var other = await ProblemAsync(await lead.SendAsync(Upload(HttpMethod.Put, File(2), Encoding.UTF8.GetBytes(filled), "application/yaml"), ct), HttpStatusCode.BadRequest);
        Assert.Equal("AssessmentOtherRound", (string?)other["errors"]![0]!["code"]);
    }

    [Theory]
    [DatabaseProviders]
    public async Task The_page_offers_the_downloads_and_lists_a_refused_files_problems_with_their_cells(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var lead = await ForAsync(factory, "lead@example.com", "security-lead");
        await factory.AddUserAsync("engineer@example.com", roles: (WebFactory.DemoSite, "engineer"));
        await factory.AddUserAsync("other@example.com", roles: (WebFactory.DemoSite, "engineer"));
        Assert.Equal(HttpStatusCode.Created, (await lead.SendAsync(Request(HttpMethod.Post, Rounds(), AssignedRound()), ct)).StatusCode);
        var engineer = await factory.SignedInClientAsync("engineer@example.com");
        var page = $"/sites/{WebFactory.DemoSite}/assessments/1/file";

        var form = await Forms.GetAsync(engineer, page, "#file-form");
        var download = await engineer.GetAsync(form.Document.QuerySelector("#download-xlsx-en")!.GetAttribute("href"), ct);
        Assert.Equal(Xlsx, download.Content.Headers.ContentType!.MediaType);
        var broken = WorkbookEditor.Edit(await download.Content.ReadAsByteArrayAsync(ct), e => e.Type("Questions", "F2", "na"));

        async Task<HttpResponseMessage> PostAsync(byte[] file, string name, bool token = true)
        {
            using var content = new MultipartFormDataContent();
            if (token)
            {
                content.Add(new StringContent(form.Form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken");
            }

            content.Add(new ByteArrayContent(file), "file", name);
            return await engineer.PostAsync(page, content, ct);
        }

        var refused = await PostAsync(broken, "round.xlsx");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var shown = Forms.Parse(await refused.Content.ReadAsStringAsync(ct));
        Assert.Contains(shown.QuerySelectorAll(".file-problem code"), c => c.TextContent == "'Questions'!G2");

        var typed = await PostAsync("%PDF-1.4\n"u8.ToArray(), "round.pdf");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, typed.StatusCode);
        Assert.NotNull(Forms.Parse(await typed.Content.ReadAsStringAsync(ct)).QuerySelector(".file-problem[data-code=TypeNotAllowed]"));

        var fine = WorkbookEditor.Edit(await (await engineer.GetAsync(form.Document.QuerySelector("#download-xlsx-ja")!.GetAttribute("href"), ct)).Content.ReadAsByteArrayAsync(ct), e => e.Type("設問", "F2", "2"));
        var taken = await PostAsync(fine, "round.xlsx");
        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        Assert.NotNull(Forms.Parse(await taken.Content.ReadAsStringAsync(ct)).QuerySelector("#file-accepted"));

        // Without the form's anti-forgery token nothing is read.
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(fine, "round.xlsx", token: false)).StatusCode);
    }
}
