using System.Net;
using FactoryCps.Web.Data;
using FactoryCps.Web.Hosting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace FactoryCps.Web.Accounts;

/// <summary>
/// Passkeys (WebAuthn) for staff, through ASP.NET Core Identity: the options a browser needs to create or use one,
/// and the sign-in with one. A browser offers WebAuthn only to a secure page, and a passkey is bound to a domain
/// name, so they are offered only where the site is reached by name over HTTPS (or its public address is HTTPS)
/// or as <c>localhost</c>; elsewhere the pages do not show them and these endpoints answer 404.
/// </summary>
internal static class PasskeySetup
{
    public static IServiceCollection AddPasskeys(this IServiceCollection services, IConfiguration configuration)
    {
        // The passkey's domain is the public address's host when one is configured, else the host the browser used.
        services.AddOptions<IdentityPasskeyOptions>().Configure(options =>
        {
            var configured = PublicLinks.Parse(configuration[PublicLinks.Setting]);
            if (configured is not null)
            {
                options.ServerDomain = configured.Host;
            }

            // Identity's default compares the browser's origin with the request's Origin header, which our
            // Referrer-Policy (no-referrer) turns into "null" on a form post: compared instead with the public
            // address, or the address this request came to. Never from another site or a frame of one.
            options.ValidateOrigin = context => ValueTask.FromResult(
                !context.CrossOrigin && context.TopOrigin is null
                && string.Equals(context.Origin, ExpectedOrigin(context.HttpContext, configured), StringComparison.OrdinalIgnoreCase));
        });
        return services;
    }

    /// <summary>The origin a browser reports for this site: the public address's, else the request's own.</summary>
    private static string ExpectedOrigin(HttpContext context, Uri? configured) =>
        configured is not null ? configured.GetLeftPart(UriPartial.Authority) : $"{context.Request.Scheme}://{context.Request.Host}";

    /// <summary>Whether this request may use passkeys: a secure page the browser will run WebAuthn on, under a domain name.</summary>
    public static bool Offered(HttpContext context)
    {
        var host = context.Request.Host.Host;
        if (host.Length == 0 || IPAddress.TryParse(host.Trim('[', ']'), out _))
        {
            return false; // WebAuthn binds a passkey to a domain name, never to an address
        }

        var configured = PublicLinks.Parse(context.RequestServices.GetRequiredService<IConfiguration>()[PublicLinks.Setting]);
        return context.Request.IsHttps || configured?.Scheme == Uri.UriSchemeHttps
            || host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase);
    }

    public static WebApplication MapPasskeyEndpoints(this WebApplication app)
    {
        // Options for a new passkey of the signed-in user (its creation is posted to the passkeys page).
        app.MapPost("/account/passkeys/options", async (HttpContext context, SignInManager<FcpsUser> signIn) =>
        {
            if (!Offered(context))
            {
                return Results.NotFound();
            }

            if (await FormPosts.ValidFormAsync(context) is null)
            {
                return FormPosts.Refused();
            }

            if (await signIn.UserManager.GetUserAsync(context.User) is not { } user)
            {
                return Results.NotFound();
            }

            var json = await signIn.MakePasskeyCreationOptionsAsync(new PasskeyUserEntity
            {
                Id = user.Id,
                Name = user.UserName ?? user.Id,
                DisplayName = user.DisplayName ?? user.UserName ?? user.Id,
            });
            return Options(context, json);
        }).WithMetadata(new RequireAntiforgeryTokenAttribute());

        // Options to sign in with any passkey of this site (the browser lists the ones it holds): no name is asked
        // for, so the answer tells nobody which accounts exist.
        app.MapPost("/login/passkey/options", async (HttpContext context, SignInManager<FcpsUser> signIn) =>
        {
            if (!Offered(context))
            {
                return Results.NotFound();
            }

            if (await FormPosts.ValidFormAsync(context) is null)
            {
                return FormPosts.Refused();
            }

            return Options(context, await signIn.MakePasskeyRequestOptionsAsync(null));
        }).AllowAnonymous().WithMetadata(new RequireAntiforgeryTokenAttribute());

        // The signed assertion from the browser: signs in, or back to the sign-in page with the one refusal message.
        app.MapPost("/login/passkey", async (HttpContext context, SignInManager<FcpsUser> signIn) =>
        {
            if (!Offered(context))
            {
                return Results.NotFound();
            }

            if (await FormPosts.ValidFormAsync(context) is not { } form)
            {
                return FormPosts.Refused();
            }

            var returnUrl = form["ReturnUrl"].ToString();
            var result = form["Credential"].ToString() is { Length: > 0 and < 64 * 1024 } credential ? await SignInAsync(signIn, credential) : SignInResult.Failed;
            return result.Succeeded
                ? Results.LocalRedirect(returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal) ? returnUrl : "/")
                : Results.LocalRedirect("/login?passkey=failed");
        }).AllowAnonymous().WithMetadata(new RequireAntiforgeryTokenAttribute());
        return app;
    }

    private static async Task<SignInResult> SignInAsync(SignInManager<FcpsUser> signIn, string credential)
    {
        try
        {
            return await signIn.PasskeySignInAsync(credential);
        }
        catch (InvalidOperationException)
        {
            return SignInResult.Failed; // no ceremony under way in this browser (its state cookie is gone or spent)
        }
        catch (System.Text.Json.JsonException)
        {
            return SignInResult.Failed;
        }
    }

    /// <summary>The options JSON as the browser's <c>parse…OptionsFromJSON</c> takes it; never cached, it holds a one-time challenge.</summary>
    private static IResult Options(HttpContext context, string json)
    {
        context.Response.Headers.CacheControl = "no-store";
        return Results.Content(json, "application/json");
    }
}
