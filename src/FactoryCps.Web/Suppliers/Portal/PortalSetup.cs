using System.Globalization;
using System.Security.Claims;
using FactoryCps.Web.Accounts.Sessions;
using FactoryCps.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace FactoryCps.Web.Suppliers.Portal;

/// <summary>
/// The supplier portal's session: a cookie of its own scheme, opened by an invitation link and bound to that one
/// questionnaire, or by a supplier account's sign-in and bound to that supplier at that site. It is checked against
/// its invitation or account on every request, so revoking a link, its expiry, disabling an account or resetting its
/// password ends the session at once. A portal session is no user of the site: anything outside /portal answers 404 to it.
/// </summary>
internal static class PortalSetup
{
    public const string Scheme = "Portal";
    public const string Policy = "portal";
    public const string CookieName = "fcps.portal";
    public const string InvitationClaim = "fcps:invitation";
    public const string QuestionnaireClaim = "fcps:questionnaire";
    public const string AccountClaim = "fcps:supplier-account";
    public const string StampClaim = "fcps:supplier-account-stamp";

    /// <summary>Between the password and the code of an account with a second factor: a cookie that opens nothing but the second step.</summary>
    public const string SecondStepScheme = "PortalSecondStep";

    /// <summary>Room for the form's other fields and the multipart framing around an evidence file.</summary>
    public const int UploadOverhead = 64 * 1024;

    public static void AddPortal(this WebApplicationBuilder builder)
    {
        var requireHttps = builder.Configuration.GetValue<bool>("Fcps:RequireHttps");
        builder.Services.AddAuthentication().AddCookie(Scheme, options =>
        {
            options.Cookie.Name = CookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = requireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = SessionStore.IdleLimit;
            options.SlidingExpiration = true;
            options.Events.OnValidatePrincipal = ValidateAsync;
            // No sign-in page to send a supplier to: without a session the answer is 401 (a page telling them to
            // open their link again), and a session never lacks a permission, it only lacks objects (404).
            options.Events.OnRedirectToLogin = context => Status(context.Response, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => Status(context.Response, StatusCodes.Status404NotFound);
            // A supplier account's sign-ins are sessions it can list and end; an invitation link's are not.
            SessionCookies.Track(options, AccountOwner);
        });
        builder.Services.AddAuthentication().AddCookie(SecondStepScheme, options =>
        {
            options.Cookie.Name = CookieName + ".2fa";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = requireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromMinutes(5); // time enough to open the app, not to keep a half sign-in
            options.SlidingExpiration = false;
            options.Events.OnRedirectToLogin = context => Status(context.Response, StatusCodes.Status401Unauthorized);
        });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policy, policy => policy.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser()
                .RequireAssertion(context => context.User.HasClaim(c => c.Type is InvitationClaim or AccountClaim)));
        builder.Services.AddSingleton<IPasswordHasher<FactoryCps.Web.Suppliers.Accounts.SupplierAccount>, PasswordHasher<FactoryCps.Web.Suppliers.Accounts.SupplierAccount>>();
        builder.Services.AddScoped<Accounts.SupplierAccounts>();
        builder.Services.AddScoped<Accounts.SupplierSignIn>();
        builder.Services.AddScoped<Accounts.SupplierSecondFactor>();
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
            if (await FormPosts.ValidFormAsync(context) is null)
            {
                return FormPosts.Refused();
            }

            await context.SignOutAsync(Scheme);
            return Results.LocalRedirect("/portal/ended");
        }).WithMetadata(new Microsoft.AspNetCore.Antiforgery.RequireAntiforgeryTokenAttribute());
        portal.MapPost("/language", async (HttpContext context) =>
        {
            if (await FormPosts.ValidFormAsync(context) is not { } form)
            {
                return FormPosts.Refused();
            }

            Lang.Remember(context, form["culture"], keepFor: null);
            string? returnUrl = form["returnUrl"];
            return Results.LocalRedirect(returnUrl is { Length: > 0 } && returnUrl.StartsWith("/portal/", StringComparison.Ordinal) && Uri.IsWellFormedUriString(returnUrl, UriKind.Relative) ? returnUrl : "/portal");
        });
        return app;
    }

    /// <summary>A session of a supplier account: the account's claims, and its stamp, which a later password change or reset renews.</summary>
    public static ClaimsPrincipal AccountPrincipal(FactoryCps.Web.Suppliers.Accounts.SupplierAccount account, string scheme = Scheme) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, "portal-account:" + account.Id.ToString(CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, account.DisplayName),
            new Claim(AccountClaim, account.Id.ToString(CultureInfo.InvariantCulture)),
            new Claim(StampClaim, account.SessionStamp),
        ],
        scheme));

    /// <summary>A portal cookie's session owner: its supplier account; null for an invitation link's session.</summary>
    public static string? AccountOwner(ClaimsIdentity identity) =>
        int.TryParse(identity.FindFirst(AccountClaim)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? SessionStore.SupplierOwner(id) : null;

    /// <summary>The account behind a session while it may go on (read now, not from the cookie); null for an invitation's session or an ended account.</summary>
    public static async Task<FactoryCps.Web.Suppliers.Accounts.SupplierAccount?> AccountAsync(ClaimsPrincipal user, Accounts.SupplierSignIn accounts, CancellationToken cancellationToken) =>
        int.TryParse(user.FindFirstValue(AccountClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? await accounts.ActiveAsync(id, user.FindFirstValue(StampClaim), cancellationToken)
            : null;

    /// <summary>The invitation or account behind the session must still admit it; otherwise the session ends here.</summary>
    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal ?? new ClaimsPrincipal();
        var services = context.HttpContext.RequestServices;
        var claim = principal.FindFirstValue(InvitationClaim);
        var valid = principal.HasClaim(c => c.Type == AccountClaim)
            ? await AccountAsync(principal, services.GetRequiredService<Accounts.SupplierSignIn>(), context.HttpContext.RequestAborted) is not null
            : claim is not null && long.TryParse(claim, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                && await services.GetRequiredService<PortalInvitations>().ValidAsync(id, context.HttpContext.RequestAborted) is not null;
        if (!valid)
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
