using Microsoft.AspNetCore.Antiforgery;

namespace FactoryCps.Web.Hosting;

/// <summary>
/// A browser form posted to a minimal-API endpoint (sign-out, the language switch) is read here, after its
/// anti-forgery token is checked: the anti-forgery middleware only records its verdict, and an endpoint that binds
/// no form field would otherwise accept a post without a token, while one that binds a field answered a missing
/// token with a 500.
/// </summary>
internal static class FormPosts
{
    /// <summary>The posted form when its anti-forgery token is valid; null when the post is to be refused.</summary>
    public static async Task<IFormCollection?> ValidFormAsync(HttpContext context)
    {
        // The middleware's verdict first: the request's form refuses to be read after a failed check.
        var verdict = context.Features.Get<IAntiforgeryValidationFeature>();
        if (verdict is { IsValid: false })
        {
            // Consumed here: the error page this refusal is re-executed to would otherwise fail on reading the form.
            context.Features.Set<IAntiforgeryValidationFeature>(null);
            return null;
        }

        if (!context.Request.HasFormContentType)
        {
            return null;
        }

        var valid = verdict is not null || await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context);
        return valid ? await context.Request.ReadFormAsync(context.RequestAborted) : null;
    }

    /// <summary>400 with no body: a browser gets the error page in its language, anything else problem details.</summary>
    public static IResult Refused() => Results.StatusCode(StatusCodes.Status400BadRequest);
}
