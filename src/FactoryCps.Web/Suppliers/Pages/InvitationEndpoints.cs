using FactoryCps.Web.Accounts;
using FactoryCps.Web.Api;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Security;
using FactoryCps.Web.Suppliers.Portal;
using FactoryCps.Web.Suppliers.Questionnaires;

namespace FactoryCps.Web.Suppliers.Pages;

/// <summary>
/// /api/v1 for a questionnaire's invitation links to the supplier portal, as on its page: created (the link and
/// token are in that one answer, never stored or listed), listed without tokens, revoked. Listing needs
/// ManageSuppliers, as the page shows the links only to those who manage suppliers.
/// </summary>
internal static class InvitationEndpoints
{
    public static RouteGroupBuilder MapInvitations(this RouteGroupBuilder group)
    {
        var manage = new SitePermissionAttribute(SitePermission.ManageSuppliers);
        group.MapGet("/questionnaires/{number:int}/invitations", ListAsync).WithName("ListInvitations").WithMetadata(manage)
            .WithSummary("The questionnaire's invitation links, newest first: recipient, state (valid, expired, revoked), dates. Never the token.")
            .Produces<List<InvitationDto>>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/questionnaires/{number:int}/invitations", CreateAsync).WithName("CreateInvitation").WithMetadata(manage)
            .WithSummary("A new invitation link for the supplier: {recipient?}. The link and its token are in this answer only (Cache-Control: no-store).")
            .WithRequestBody(ApiDocument.ObjectBody).Produces<NewInvitationDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/questionnaires/{number:int}/invitations/{invitation:long}", RevokeAsync).WithName("RevokeInvitation").WithMetadata(manage)
            .WithSummary("Revokes a link: a portal session opened with it ends at its next request. 204, also when it was revoked already.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<IResult> ListAsync(int number, SiteContext access, HttpContext context, QuestionnaireDesk desk, PortalInvitations invitations, TimeProvider time)
    {
        if (await desk.FindAsync(access.Site.Id, number, context.RequestAborted) is not { } q)
        {
            return Problems.NotFound();
        }

        var now = time.GetUtcNow();
        return ApiSetup.Json((await invitations.ListAsync(q.Id, context.RequestAborted)).Select(i => InvitationDto.Of(i, now)).ToList());
    }

    private static async Task<IResult> CreateAsync(int number, SiteContext access, HttpContext context, QuestionnaireDesk desk, PortalInvitations invitations, PublicLinks links, TimeProvider time)
    {
        var (body, problem) = await SupplierEndpoints.ReadAsync<InvitationBody>(context);
        if (body is null)
        {
            return problem!;
        }

        if (await desk.FindAsync(access.Site.Id, number, context.RequestAborted) is not { } q)
        {
            return Problems.NotFound();
        }

        if (q.AcceptsInvitation() is not null)
        {
            return QuestionnaireProblems.Refused(PortalInvitations.Refusal(q));
        }

        var (invitation, token) = await invitations.CreateAsync(q, body.Recipient, context.User.Actor(), context.RequestAborted);
        context.Response.Headers.CacheControl = "no-store"; // the token must not stay in a cache
        var link = links.To($"/portal/invite/{token}");
        return ApiSetup.Json(new NewInvitationDto(InvitationDto.Of(invitation, time.GetUtcNow()), link, token), StatusCodes.Status201Created);
    }

    private static async Task<IResult> RevokeAsync(int number, long invitation, SiteContext access, HttpContext context, QuestionnaireDesk desk, PortalInvitations invitations)
    {
        if (await desk.FindAsync(access.Site.Id, number, context.RequestAborted) is not { } q)
        {
            return Problems.NotFound();
        }

        if (await invitations.RevokeAsync(q, invitation, context.User.Actor(), context.RequestAborted))
        {
            return Results.NoContent();
        }

        // Revoking is idempotent: a link of this questionnaire that is revoked already is what was asked for.
        var known = (await invitations.ListAsync(q.Id, context.RequestAborted)).Any(i => i.Id == invitation && i.RevokedAt is not null);
        return known ? Results.NoContent() : Problems.NotFound();
    }
}
