using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Suppliers.Portal;

/// <summary>
/// The supplier portal's session: a cookie of its own scheme, opened by an invitation link and bound to that one
/// questionnaire. It is checked against its invitation on every request, so revoking a link or its expiry ends
/// the session at once. A portal session is no user of the site: anything outside /portal answers 404 to it.
/// </summary>
internal static class PortalSetup
{
    public const string Scheme = "Portal";
    public const string Policy = "portal";
    public const string CookieName = "fcps.portal";
    public const string InvitationClaim = "fcps:invitation";
    public const string QuestionnaireClaim = "fcps:questionnaire";

    /// <summary>Room for the form's other fields and the multipart framing around an evidence file.</summary>
    public const int UploadOverhead = 1024 * 1024;

    public static void AddPortal(this WebApplicationBuilder builder)
    {
        var requireHttps = builder.Configuration.GetValue<bool>("Fcps:RequireHttps");
        builder.Services.AddAuthentication().AddCookie(Scheme, options =>
        {
            options.Cookie.Name = CookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = requireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.Events.OnValidatePrincipal = ValidateAsync;
            // No sign-in page to send a supplier to: without a session the answer is 401 (a page telling them to
            // open their link again), and a session never lacks a permission, it only lacks objects (404).
            options.Events.OnRedirectToLogin = context => Status(context.Response, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => Status(context.Response, StatusCodes.Status404NotFound);
        });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policy, policy => policy.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser().RequireClaim(InvitationClaim));
    }

    /// <summary>Before authorization: a browser holding only a portal session gets 404 for every page and API outside the portal.</summary>
    public static WebApplication UsePortalGate(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path;
            if (path.StartsWithSegments("/portal", StringComparison.OrdinalIgnoreCase)
                && context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body)
            {
                // The configured evidence limit, before anything (the anti-forgery check included) reads the form.
                body.MaxRequestBodySize = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<SupplierOptions>>().Value.EvidenceMaxBytes + UploadOverhead;
            }

            if (path.StartsWithSegments("/portal", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/error", StringComparison.OrdinalIgnoreCase) || path.Equals("/language", StringComparison.OrdinalIgnoreCase) || !context.Request.Cookies.ContainsKey(CookieName)
                || context.Request.Headers.Authorization.Count > 0)
            {
                await next(context);
                return;
            }

            var portal = await context.AuthenticateAsync(Scheme);
            if (portal.Succeeded && !(await context.AuthenticateAsync(IdentityConstants.ApplicationScheme)).Succeeded)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            await next(context);
        });
        return app;
    }

    public static WebApplication MapPortalEndpoints(this WebApplication app)
    {
        var portal = app.MapGroup("/portal").RequireAuthorization(Policy);
        portal.MapPost("/leave", async (HttpContext context) =>
        {
            await context.SignOutAsync(Scheme);
            return Results.LocalRedirect("/portal/ended");
        }).WithMetadata(new Microsoft.AspNetCore.Antiforgery.RequireAntiforgeryTokenAttribute());
        portal.MapPost("/language", (HttpContext context, [FromForm] string culture, [FromForm] string? returnUrl) =>
        {
            var chosen = culture == "en" ? "en" : "ja";
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, IsEssential = true });
            return Results.LocalRedirect(returnUrl is { Length: > 0 } && returnUrl.StartsWith("/portal/", StringComparison.Ordinal) && Uri.IsWellFormedUriString(returnUrl, UriKind.Relative) ? returnUrl : "/portal");
        });
        portal.MapGet("", (HttpContext context) =>
            Results.LocalRedirect("/portal/questionnaires/" + context.User.FindFirstValue(QuestionnaireClaim)));
        return app;
    }

    /// <summary>The invitation behind the session must still admit it; otherwise the session ends here.</summary>
    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var claim = context.Principal?.FindFirstValue(InvitationClaim);
        var invitations = context.HttpContext.RequestServices.GetRequiredService<PortalInvitations>();
        if (claim is null || !long.TryParse(claim, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || await invitations.ValidAsync(id, context.HttpContext.RequestAborted) is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
        }
    }

    private static Task Status(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
