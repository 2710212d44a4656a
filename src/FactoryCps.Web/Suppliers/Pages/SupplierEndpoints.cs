using System.Globalization;
using System.Text.Json;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Api;
using FactoryCps.Web.Resources;
using FactoryCps.Web.Security;
using FactoryCps.Web.Sites;
using FactoryCps.Web.Suppliers.Questionnaires;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Suppliers.Pages;

/// <summary>
/// /api/v1 for the supply chain: suppliers and supplied items (read, create, update with If-Match), and
/// questionnaires with their answers and evidence (read). Changes go through the same checks as the pages.
/// </summary>
internal static class SupplierEndpoints
{
    public static RouteGroupBuilder MapSuppliers(this RouteGroupBuilder api)
    {
        var read = new SitePermissionAttribute(SitePermission.View);
        var manage = new SitePermissionAttribute(SitePermission.View, SitePermission.ManageSuppliers);
        var group = api.MapGroup("/sites/{site}").WithTags(ApiTags.Suppliers);
        group.MapGet("/suppliers", ListAsync).WithName("ListSuppliers").WithMetadata(read)
            .WithSummary("The site's suppliers with what they supply.").Produces<List<SupplierDto>>();
        group.MapPost("/suppliers", CreateAsync).WithName("CreateSupplier").WithMetadata(manage)
            .WithSummary("Adds a supplier: name, kind (cloud-provider, equipment-maker, software-vendor, integrator, maintenance-contractor), contact, stakeholder (a model stakeholder id).")
            .WithRequestBody(ApiDocument.ObjectBody).Produces<SupplierDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/suppliers/{supplier:int}", GetAsync).WithName("GetSupplier").WithMetadata(read)
            .WithSummary("One supplier with its supplied items. ETag: its version.").Produces<SupplierDto>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/suppliers/{supplier:int}", UpdateAsync).WithName("UpdateSupplier").WithMetadata(manage)
            .WithSummary("Replaces a supplier's fields. Needs If-Match.").WithRequestBody(ApiDocument.ObjectBody).Produces<SupplierDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        group.MapPost("/suppliers/{supplier:int}/items", CreateItemAsync).WithName("CreateSuppliedItem").WithMetadata(manage)
            .WithSummary("Adds a supplied item: name, category (cloud, product, software), phase (procurement, contract, development, operation), dates, and the model's zones, assets, externals and conduits it touches.")
            .WithRequestBody(ApiDocument.ObjectBody).Produces<SuppliedItemDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/suppliers/{supplier:int}/items/{item:int}", GetItemAsync).WithName("GetSuppliedItem").WithMetadata(read)
            .WithSummary("One supplied item. ETag: its version.").Produces<SuppliedItemDto>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/suppliers/{supplier:int}/items/{item:int}", UpdateItemAsync).WithName("UpdateSuppliedItem").WithMetadata(manage)
            .WithSummary("Replaces a supplied item's fields. Needs If-Match.").WithRequestBody(ApiDocument.ObjectBody).Produces<SuppliedItemDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        group.MapGet("/questionnaires", ListQuestionnairesAsync).WithName("ListQuestionnaires").WithMetadata(read)
            .WithSummary("The site's questionnaires, newest first; ?item= limits them to one supplied item.").Produces<List<QuestionnaireSummaryDto>>();
        group.MapGet("/questionnaires/{number:int}", GetQuestionnaireAsync).WithName("GetQuestionnaire").WithMetadata(read)
            .WithSummary("One questionnaire: the questions as issued, the answers and the evidence files (name, type, size, SHA-256). ETag: its version.")
            .Produces<QuestionnaireDetailDto>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/questionnaires/{number:int}/evidence/{evidence:long}", EvidenceAsync).WithName("GetEvidence").WithMetadata(read)
            .WithSummary("An evidence file as uploaded, with the media type it was uploaded with.")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapQuestionnaireWork();
        api.MapSupplierActions();
        return api;
    }

    private static async Task<IResult> ListAsync(SiteContext access, HttpContext context, SupplierDirectory directory) =>
        ApiSetup.Json((await directory.ListAsync(access.Site.Id, context.RequestAborted)).Select(s => SupplierDto.Of(s, true)).ToList());

    private static async Task<IResult> GetAsync(int supplier, SiteContext access, HttpContext context, SupplierDirectory directory) =>
        await directory.FindAsync(access.Site.Id, supplier, context.RequestAborted) is { } found
            ? ApiSetup.Json(SupplierDto.Of(found, true), version: found.Version)
            : Problems.NotFound();

    private static async Task<IResult> CreateAsync(SiteContext access, HttpContext context, SupplierDirectory directory)
    {
        var (body, problem) = await ReadAsync<SupplierBody>(context);
        if (body is null)
        {
            return problem!;
        }

        var outcome = await directory.CreateAsync(access.Site, body.Input, context.User.Actor(), context.RequestAborted);
        return Answer(outcome, access.Site, s => SupplierDto.Of(s, false), s => s.Version, s => $"suppliers/{Id(s.Id)}", StatusCodes.Status201Created);
    }

    private static async Task<IResult> UpdateAsync(int supplier, SiteContext access, HttpContext context, SupplierDirectory directory)
    {
        if (IfMatch.Of(context.Request) is not { Count: > 0 } versions)
        {
            return Problems.PreconditionRequired();
        }

        var (body, problem) = await ReadAsync<SupplierBody>(context);
        if (body is null)
        {
            return problem!;
        }

        var outcome = await directory.UpdateAsync(access.Site, supplier, versions.Max(), body.Input, context.User.Actor(), context.RequestAborted);
        return Answer(outcome, access.Site, s => SupplierDto.Of(s, false), s => s.Version, null, StatusCodes.Status200OK);
    }

    private static async Task<IResult> CreateItemAsync(int supplier, SiteContext access, HttpContext context, SupplierDirectory directory)
    {
        var (body, problem) = await ReadAsync<SuppliedItemBody>(context);
        if (body is null)
        {
            return problem!;
        }

        var outcome = await directory.CreateItemAsync(access.Site, supplier, body.Input, context.User.Actor(), context.RequestAborted);
        return Answer(outcome, access.Site, SuppliedItemDto.Of, i => i.Version, i => $"suppliers/{Id(supplier)}/items/{Id(i.Id)}", StatusCodes.Status201Created);
    }

    private static async Task<IResult> GetItemAsync(int supplier, int item, SiteContext access, HttpContext context, SupplierDirectory directory) =>
        await directory.FindItemAsync(access.Site.Id, supplier, item, context.RequestAborted) is { } found
            ? ApiSetup.Json(SuppliedItemDto.Of(found), version: found.Version)
            : Problems.NotFound();

    private static async Task<IResult> UpdateItemAsync(int supplier, int item, SiteContext access, HttpContext context, SupplierDirectory directory)
    {
        if (IfMatch.Of(context.Request) is not { Count: > 0 } versions)
        {
            return Problems.PreconditionRequired();
        }

        var (body, problem) = await ReadAsync<SuppliedItemBody>(context);
        if (body is null)
        {
            return problem!;
        }

        var outcome = await directory.UpdateItemAsync(access.Site, supplier, item, versions.Max(), body.Input, context.User.Actor(), context.RequestAborted);
        return Answer(outcome, access.Site, SuppliedItemDto.Of, i => i.Version, null, StatusCodes.Status200OK);
    }

    private static async Task<IResult> ListQuestionnairesAsync([FromQuery] int? item, SiteContext access, HttpContext context, QuestionnaireDesk desk) =>
        ApiSetup.Json((await desk.ListAsync(access.Site.Id, item, context.RequestAborted)).Select(QuestionnaireSummaryDto.Of).ToList());

    private static async Task<IResult> GetQuestionnaireAsync(int number, SiteContext access, HttpContext context, QuestionnaireDesk desk)
    {
        if (await desk.FindAsync(access.Site.Id, number, context.RequestAborted) is not { } q)
        {
            return Problems.NotFound();
        }

        return ApiSetup.Json(QuestionnaireDetailDto.Of(q, await desk.EvidenceAsync(q.Id, context.RequestAborted)), version: q.Version);
    }

    private static async Task<IResult> EvidenceAsync(int number, long evidence, SiteContext access, HttpContext context, QuestionnaireDesk desk)
    {
        var q = await desk.FindAsync(access.Site.Id, number, context.RequestAborted);
        var file = q is null ? null : await desk.EvidenceFileAsync(q.Id, evidence, context.RequestAborted);
        return file is null ? Problems.NotFound() : Results.File(file.Content, file.ContentType, file.FileName);
    }

    private static IResult Answer<T>(SupplyOutcome<T> outcome, SiteEntity site, Func<T, object> dto, Func<T, int> version, Func<T, string>? location, int status)
        where T : class => outcome.Kind switch
        {
            SupplyOutcomeKind.NotFound => Problems.NotFound(),
            SupplyOutcomeKind.Invalid => Invalid(outcome.Errors!),
            SupplyOutcomeKind.Exists => Problems.Conflict(WebText.SupplierNameTaken),
            SupplyOutcomeKind.Stale => Problems.Stale(JsonSerializer.SerializeToNode(dto(outcome.Value!), ApiSetup.JsonOptions)!.AsObject(), version(outcome.Value!)),
            _ => ApiSetup.Json(dto(outcome.Value!), status, version(outcome.Value!),
                location is null ? null : $"{ApiSetup.Prefix}/sites/{site.Key}/{location(outcome.Value!)}"),
        };

    /// <summary>Every field error at once, in the API's usual problem shape.</summary>
    private static IResult Invalid(SupplyErrors errors) =>
        TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Type = Problems.Invalid,
            Title = WebText.ApiInvalid,
            Detail = WebText.ApiInvalidDetail,
            Extensions =
            {
                ["errors"] = errors.All.Select(e => new Dictionary<string, string> { ["path"] = e.Field, ["message"] = e.Message }).ToList(),
                ["warnings"] = Array.Empty<object>(),
            },
        });

    /// <summary>The body as <typeparamref name="T"/>, unknown properties refused; or the problem to answer.</summary>
    internal static Task<(T? Body, IResult? Problem)> ReadAsync<T>(HttpContext context)
        where T : class => ApiBodies.ReadAsync<T>(context.Request, context.RequestAborted);

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
