using System.Security.Claims;
using FactoryCps.Web.Accounts.Sessions;
using FactoryCps.Web.Data;
using FactoryCps.Web.Hosting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Accounts;

internal static class AccountsSetup
{
    /// <summary>The API answers bearer tokens only: no cookie reaches it, so no cross-site request can act through it.</summary>
    public const string ApiPolicy = "api";

    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddSingleton<SetupToken>();
        services.AddScoped<ApiTokens>();
        services.AddSingleton<SessionCheck>();
        services.AddScoped<SessionStore>();
        services.AddPasskeys(configuration);
        services.AddIdentityCore<FcpsUser>(IdentitySetup.Configure)
            .AddEntityFrameworkStores<FcpsDbContext>()
            .AddSignInManager()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddClaimsPrincipalFactory<FcpsClaimsFactory>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<TotpTokenProvider>(TokenOptions.DefaultAuthenticatorProvider); // in place of Identity's: codes once, TimeProvider
        services.AddScoped<SignInAudit>();
        services.AddScoped<SecondFactorReset>();

        // Keys that sign cookies and anti-forgery tokens outlive restarts; they sit with the data.
        var keys = Path.Combine(StorageSetup.DataDirectory(configuration), "keys");
        var keyFolder = PrivateFiles.CreateFolder(keys);
        builder.ProtectKeys(services.AddDataProtection().SetApplicationName("FactoryCPS").PersistKeysToFileSystem(keyFolder), keyFolder);

        var requireHttps = HttpsRequirement.Required(configuration);
        var authentication = services.AddAuthentication(IdentityConstants.ApplicationScheme);
        authentication.AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(options =>
        {
            options.LoginPath = "/login";
            options.LogoutPath = "/logout";
            options.AccessDeniedPath = "/forbidden";
            options.Cookie.Name = "fcps.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            // Behind TLS (Fcps:RequireHttps) cookies are never sent in clear; on plain loopback they are marked
            // Secure whenever the request came over HTTPS.
            options.Cookie.SecurePolicy = requireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = SessionStore.IdleLimit;
            options.SlidingExpiration = true;
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            SessionCookies.Track(options, StaffOwner);
        }));
        // Identity rebuilds a cookie's principal when it re-checks the security stamp: the session's name goes along.
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            var refreshing = options.OnRefreshingPrincipal;
            options.OnRefreshingPrincipal = context =>
            {
                if (context.CurrentPrincipal is { } current && context.NewPrincipal is { } renewed)
                {
                    SessionCookies.Carry(current, renewed, IdentityConstants.ApplicationScheme);
                }

                return refreshing?.Invoke(context) ?? Task.CompletedTask;
            };
        });
        authentication.AddScheme<ApiTokenOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, _ => { });
        if (SingleSignOnConfigured(configuration))
        {
            var oidc = configuration.GetSection("Fcps:Oidc");
            authentication.AddOpenIdConnect(OpenIdConnectDefaults.AuthenticationScheme, oidc["DisplayName"] ?? "SSO", options =>
            {
                oidc.Bind(options);
                options.SignInScheme = IdentityConstants.ExternalScheme;
                options.ResponseType = "code";
                options.UsePkce = true;
                options.SaveTokens = false;
                options.Scope.Add("email");
            });
        }

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "fcps.csrf";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = requireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder(IdentityConstants.ApplicationScheme).RequireAuthenticatedUser().Build())
            .AddPolicy(ApiPolicy, policy => policy.AddAuthenticationSchemes(ApiTokenHandler.SchemeName).RequireAuthenticatedUser());
        return builder;
    }

    public static WebApplication UseAccounts(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAccountGate();      // a one-time password or a required second factor first
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapAccountEndpoints(this WebApplication app)
    {
        app.MapPost("/logout", async (HttpContext context, SignInManager<FcpsUser> signIn) =>
        {
            if (await FormPosts.ValidFormAsync(context) is null)
            {
                return FormPosts.Refused();
            }

            await signIn.SignOutAsync();
            return Results.LocalRedirect("/login");
        }).WithMetadata(new RequireAntiforgeryTokenAttribute());
        app.MapPasskeyEndpoints();

        // Anyone may switch the language, signed in or not; the form carries an anti-forgery token.
        app.MapPost("/language", async (HttpContext context) =>
        {
            if (await FormPosts.ValidFormAsync(context) is not { } form)
            {
                return FormPosts.Refused();
            }

            Lang.Remember(context, form["culture"], keepFor: TimeSpan.FromDays(365));
            if (context.User.UserId() is { } userId)
            {
                // Kept with the account too: e-mail (Notifications) is written in the language its reader chose.
                var chosen = form["culture"] == "en" ? "en" : "ja";
                await context.RequestServices.GetRequiredService<FcpsDbContext>().Users.Where(u => u.Id == userId)
                    .ExecuteUpdateAsync(u => u.SetProperty(x => x.Language, chosen), context.RequestAborted);
            }

            string? returnUrl = form["returnUrl"];
            return Results.LocalRedirect(returnUrl is { Length: > 0 } && Uri.IsWellFormedUriString(returnUrl, UriKind.Relative) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/");
        }).AllowAnonymous();

        if (SingleSignOnConfigured(app.Configuration))
        {
            MapSingleSignOn(app);
        }

        return app;
    }

    /// <summary>
    /// OIDC sign-in maps the identity provider's e-mail claim to an existing account: single sign-on does not
    /// create users, so a role at a site is always given by someone here.
    /// </summary>
    private static void MapSingleSignOn(WebApplication app)
    {
        app.MapGet("/login/sso", () => Results.Challenge(
            new Microsoft.AspNetCore.Authentication.AuthenticationProperties { RedirectUri = "/login/sso/done" },
            [OpenIdConnectDefaults.AuthenticationScheme])).AllowAnonymous();
        app.MapGet("/login/sso/done", async (HttpContext context, SignInManager<FcpsUser> signIn, UserManager<FcpsUser> users) =>
        {
            var external = await context.AuthenticateAsync(IdentityConstants.ExternalScheme);
            var email = external.Principal?.FindFirstValue(ClaimTypes.Email) ?? external.Principal?.FindFirstValue("email");
            await context.SignOutAsync(IdentityConstants.ExternalScheme);
            var user = email is null ? null : await users.FindByEmailAsync(email);
            if (user is null || await users.IsLockedOutAsync(user))
            {
                return Results.LocalRedirect("/login?sso=unknown");
            }

            await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: "oidc");
            return Results.LocalRedirect("/");
        }).AllowAnonymous();
    }

    /// <summary>A staff cookie's session owner: its user.</summary>
    public static string? StaffOwner(ClaimsIdentity identity) =>
        identity.FindFirst(ClaimTypes.NameIdentifier)?.Value is { } id ? SessionStore.StaffOwner(id) : null;

    private static bool SingleSignOnConfigured(IConfiguration configuration) => configuration["Fcps:Oidc:Authority"] is { Length: > 0 };

    /// <summary>The signed-in user's id, or null.</summary>
    public static string? UserId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);
}
