using System.Text.Json;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Api;
using FactoryCps.Web.Security;
using FactoryCps.Web.Sites;
using FactoryCps.Web.Suppliers.Actions;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Suppliers.Pages;

/// <summary>
/// /api/v1 for supplier actions, the plan's actions from suppliers' open points: list (ranked as the plan page
/// ranks them), read, assign owner and due date (If-Match), mark done. The same service as the plan page.
/// </summary>
internal static class SupplierActionEndpoints
{
    public static RouteGroupBuilder MapSupplierActions(this RouteGroupBuilder api)
    {
        var read = new SitePermissionAttribute(SitePermission.View);
        var manage = new SitePermissionAttribute(SitePermission.View, SitePermission.ManageSuppliers);
        var group = api.MapGroup("/sites/{site}/supplier-actions").WithTags(ApiTags.Suppliers);
        group.MapGet("", ListAsync).WithName("ListSupplierActions").WithMetadata(read)
            .WithSummary("The site's supplier actions, open ones first by score (weighted risk at stake, as on the plan page); ?open=true only open ones, ?open=false only done ones.")
            .Produces<List<SupplierActionDto>>();
        group.MapGet("/{supplierAction:long}", GetAsync).WithName("GetSupplierAction").WithMetadata(read)
            .WithSummary("One supplier action. ETag: its version.").Produces<SupplierActionDto>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/{supplierAction:long}", AssignAsync).WithName("AssignSupplierAction").WithMetadata(manage)
            .WithSummary("Sets the owner (a site member, a model stakeholder id or a name; at most 200 characters) and the due date (not before the action was created). Needs If-Match; a done action is not re-assigned.")
            .WithRequestBody(ApiDocument.ObjectBody).Produces<SupplierActionDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        group.MapPost("/{supplierAction:long}/done", DoneAsync).WithName("CompleteSupplierAction").WithMetadata(manage)
            .WithSummary("Marks the action done. If-Match is checked when given. No body.")
            .Produces<SupplierActionDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return api;
    }

    private static async Task<IResult> ListAsync([FromQuery] bool? open, SiteContext access, HttpContext context, SupplierActions actions)
    {
        var list = await actions.PlannedAsync(access.Site, open == true, context.RequestAborted);
        return ApiSetup.Json(list.Where(p => open != false || p.Action.IsDone).Select(SupplierActionDto.Of).ToList());
    }

    private static async Task<IResult> GetAsync(long supplierAction, SiteContext access, HttpContext context, SupplierActions actions) =>
        await actions.FindAsync(access.Site, supplierAction, context.RequestAborted) is { } found
            ? ApiSetup.Json(SupplierActionDto.Of(found), version: found.Action.Version)
            : Problems.NotFound();

    private static async Task<IResult> AssignAsync(long supplierAction, SiteContext access, HttpContext context, SupplierActions actions)
    {
        if (IfMatch.Of(context.Request) is not { Count: > 0 } versions)
        {
            return Problems.PreconditionRequired();
        }

        var (body, problem) = await SupplierEndpoints.ReadAsync<SupplierActionAssignBody>(context);
        if (body is null)
        {
            return problem!;
        }

        var outcome = await actions.AssignAsync(access.Site.Id, supplierAction, versions.Max(), body.Owner, body.Due, context.User.Actor(), context.RequestAborted);
        return await AnswerAsync(outcome, supplierAction, access.Site, context, actions);
    }

    private static async Task<IResult> DoneAsync(long supplierAction, SiteContext access, HttpContext context, SupplierActions actions)
    {
        var versions = IfMatch.Of(context.Request);
        var outcome = await actions.MarkDoneAsync(access.Site.Id, supplierAction, versions is { Count: > 0 } ? versions.Max() : null, context.User.Actor(), context.RequestAborted);
        return await AnswerAsync(outcome, supplierAction, access.Site, context, actions);
    }

    /// <summary>The action as stored now (weighed again: a stale or refused answer shows the current state too).</summary>
    private static async Task<IResult> AnswerAsync(SupplierActionOutcome outcome, long id, SiteEntity site, HttpContext context, SupplierActions actions)
    {
        if (outcome.Kind == SupplierActionOutcomeKind.NotFound || await actions.FindAsync(site, id, context.RequestAborted) is not { } now)
        {
            return Problems.NotFound();
        }

        var dto = SupplierActionDto.Of(now);
        return outcome.Kind switch
        {
            SupplierActionOutcomeKind.Stale => Problems.Stale(JsonSerializer.SerializeToNode(dto, ApiSetup.JsonOptions)!.AsObject(), now.Action.Version),
            SupplierActionOutcomeKind.Refused => Problems.Refused(SupplierActionText.Code(outcome.Refusal!.Value), SupplierActionText.Refusal(outcome.Refusal.Value, now.Action)),
            _ => ApiSetup.Json(dto, version: now.Action.Version),
        };
    }
}
