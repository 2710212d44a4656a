using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using FactoryCps.Cases;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Api;
using FactoryCps.Web.Resources;
using FactoryCps.Web.Security;
using FactoryCps.Web.Sites;

namespace FactoryCps.Web.Cases;

/// <summary>
/// /api/v1 for Step 3 cases: list, read, report an incident, and move a case on. A change names the version it
/// was made against (If-Match), and the case's own rules decide, exactly as on the pages.
/// </summary>
internal static class CaseEndpoints
{
    private const int MaxText = 8000;

    private static readonly JsonSerializerOptions Strict = new(ApiSetup.JsonOptions) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

    public static RouteGroupBuilder MapCases(this RouteGroupBuilder api)
    {
        var tagged = api.MapGroup("").WithTags(ApiTags.Cases);
        var read = new SitePermissionAttribute(SitePermission.View);
        var work = new SitePermissionAttribute(SitePermission.WorkCases);
        tagged.MapGet("/sites/{site}/cases", ListAsync).WithName("ListCases").WithMetadata(read)
            .WithSummary("The site's cases, open ones first by deadline; ?all=true includes closed ones.")
            .Produces<List<CaseSummary>>();
        tagged.MapGet("/sites/{site}/cases/{number:int}", GetAsync).WithName("GetCase").WithMetadata(read)
            .WithSummary("One case with its record, the match that opened it, who moves its phase, and its history. ETag: its version.")
            .Produces<CaseDetail>().ProducesProblem(StatusCodes.Status404NotFound);
        tagged.MapPost("/sites/{site}/cases", ReportAsync).WithName("ReportIncident").WithMetadata(work)
            .WithSummary("Report that something differs from normal: opens a damage-stage case in observe.")
            .WithRequestBody<IncidentBody>()
            .Produces<CaseDetail>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest);
        tagged.MapPost("/sites/{site}/cases/{number:int}/{action:regex(^(update|advance|close|approve)$)}", ChangeAsync).WithName("ChangeCase").WithMetadata(work)
            .WithSummary("update (the current phase's fields), advance (complete the phase), close (with resolution), approve (management). Needs If-Match.")
            .WithRequestBody<CaseChangeBody>(required: false)
            .Produces<CaseDetail>()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        return api;
    }

    private static async Task<IResult> ListAsync(bool? all, SiteContext access, HttpContext context, CaseHandling cases, TimeProvider time)
    {
        var list = await cases.ListAsync(access.Site.Id, all == true, context.RequestAborted);
        var now = time.GetUtcNow();
        return ApiSetup.Json(list.Select(c => CaseSummary.Of(c, now)).ToList());
    }

    private static async Task<IResult> GetAsync(int number, SiteContext access, HttpContext context, CaseHandling cases, CaseMovers movers, TimeProvider time) =>
        await DetailAsync(access.Site, number, context, cases, movers, time, StatusCodes.Status200OK);

    private static async Task<IResult> ReportAsync(SiteContext access, HttpContext context, CaseHandling cases, CaseMovers movers, SiteModelStore store, TimeProvider time)
    {
        var (body, problem) = await ReadAsync<IncidentBody>(context);
        if (body is null)
        {
            return problem!;
        }

        var site = access.Site;
        var assets = body.Asset is null ? [] : (await store.ModelAsync(site, context.RequestAborted))?.Assets ?? [];
        var report = new IncidentReport(body.Title?.Trim() ?? "", body.Description?.Trim(), body.Asset, body.Severity ?? "");
        if (report.InvalidField(assets) is { } field)
        {
            return Problems.BadRequest(field, field == "description" ? WebText.CaseFieldTooLong : field == "severity" ? string.Join(" | ", CaseDeadlines.Severities) : WebText.CaseReportInvalid);
        }

        var opened = await cases.ReportIncidentAsync(site, report, CaseActors.Of(access, context.User), context.RequestAborted);
        return await DetailAsync(site, opened.Number, context, cases, movers, time, StatusCodes.Status201Created);
    }

    private static async Task<IResult> ChangeAsync(int number, string action, SiteContext access, HttpContext context, CaseHandling cases, CaseMovers movers, TimeProvider time)
    {
        if (IfMatch.Of(context.Request) is not { Count: > 0 } versions)
        {
            return Problems.PreconditionRequired();
        }

        var (body, problem) = context.Request.ContentLength is 0 or null && !context.Request.HasJsonContentType()
            ? (new CaseChangeBody(), null)
            : await ReadAsync<CaseChangeBody>(context);
        if (body is null)
        {
            return problem!;
        }

        var actor = CaseActors.Of(access, context.User);
        var site = access.Site;
        var fields = body.Fields;
        var outcome = await cases.ChangeAsync(site, number, versions.Max(), actor, (c, allowed, importance, now) => action switch
        {
            "update" => c.Update(actor, allowed, fields, now),
            "advance" => c.Update(actor, allowed, fields, now) ?? c.Advance(actor, allowed, importance, now, body.Resolution),
            "close" => c.Update(actor, allowed, fields, now) ?? c.Close(actor, allowed, body.Resolution ?? "", importance, now),
            _ => c.Approve(actor, now),
        }, context.RequestAborted);
        return outcome.Kind switch
        {
            CaseOutcomeKind.NotFound => Problems.NotFound(),
            CaseOutcomeKind.Stale => Problems.Stale(Json(outcome.Case!, time.GetUtcNow()), outcome.Case!.Version),
            CaseOutcomeKind.Refused when outcome.Refusal is CaseRefusal.NotYourPhase or CaseRefusal.NotManagement =>
                Problems.Forbidden(CaseText.Refusal(outcome.Refusal.Value), outcome.Refusal.Value.ToString()),
            CaseOutcomeKind.Refused => Problems.Refused(outcome.Refusal!.Value.ToString(), CaseText.Refusal(outcome.Refusal.Value)),
            _ => await DetailAsync(site, number, context, cases, movers, time, StatusCodes.Status200OK),
        };
    }

    private static async Task<IResult> DetailAsync(SiteEntity site, int number, HttpContext context, CaseHandling cases, CaseMovers movers, TimeProvider time, int status)
    {
        if (await cases.FindAsync(site.Id, number, context.RequestAborted) is not { } c)
        {
            return Problems.NotFound();
        }

        var moved = c.Phase == CasePhases.Closed ? [] : await movers.ForAsync(site.Id, c.Stage, c.Phase, context.RequestAborted);
        var location = status == StatusCodes.Status201Created
            ? $"{ApiSetup.Prefix}/sites/{site.Key}/cases/{c.Number.ToString(CultureInfo.InvariantCulture)}"
            : null;
        return ApiSetup.Json(CaseDetail.Of(c, moved, time.GetUtcNow()), status, c.Version, location);
    }

    private static System.Text.Json.Nodes.JsonObject Json(OodaCase c, DateTimeOffset now) =>
        System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(CaseSummary.Of(c, now), ApiSetup.JsonOptions))!.AsObject();

    /// <summary>The body as <typeparamref name="T"/>; unknown properties and over-long texts are errors, not ignored.</summary>
    private static async Task<(T? Body, IResult? Problem)> ReadAsync<T>(HttpContext context)
        where T : class
    {
        var (json, problem) = await ApiBodies.ObjectAsync(context.Request, context.RequestAborted);
        if (json is null)
        {
            return (null, problem);
        }

        foreach (var (name, value) in json)
        {
            if (value is System.Text.Json.Nodes.JsonValue text && text.TryGetValue<string>(out var s) && s.Length > MaxText)
            {
                return (null, Problems.BadRequest(name, WebText.CaseFieldTooLong));
            }
        }

        try
        {
            return (json.Deserialize<T>(Strict), null);
        }
        catch (JsonException ex)
        {
            return (null, Problems.BadRequest(ex.Path ?? "", string.Format(CultureInfo.CurrentCulture, WebText.ApiBadJson, ex.Message)));
        }
    }
}
