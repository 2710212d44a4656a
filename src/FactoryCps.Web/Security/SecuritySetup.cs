using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using FactoryCps.Web.Hosting;

namespace FactoryCps.Web.Security;

internal static class SecuritySetup
{
    /// <summary>
    /// Scripts and styles come only from this server's files; nothing inline, nothing from elsewhere (plants
    /// are offline, and an injected script has nowhere to load from or send to).
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Sign-in (staff and supplier accounts, both steps) and setup attempts per client address and minute; each account is locked out after repeated failures too.</summary>
    public const int SignInAttemptsPerMinute = 10;

    public static WebApplicationBuilder AddSecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<SiteAccess>();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false); // no product name for a prober
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (rejected, _) =>
            {
                // Says when to try again (the rest of the window), so that a client need not guess or hammer.
                var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
                rejected.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Value is "/login" or "/login/second-factor" or "/setup" or "/portal/login" or "/portal/login/second-factor"
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        // The second step counts apart: a sign-in with a code then costs no more of the password's attempts.
                        (context.Connection.RemoteIpAddress ?? IPAddress.None) + (context.Request.Path.Value.EndsWith("/second-factor", StringComparison.Ordinal) ? " second-factor" : ""),
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = SignInAttemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter("unlimited"));
        });
        builder.AddHttpsRequirement();
        return builder;
    }

    public static WebApplication UseSecurity(this WebApplication app)
    {
        app.Use(static (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
            return next(context);
        });
        app.UseHttpsRequirement();
        app.UseExceptionHandler();

        // Browsers get a page in their language; the API (and anything asking for JSON) gets problem details.
        // The inner of two status-code handlers answers first, so the browser's page is the inner one.
        app.UseStatusCodePages();
        app.UseWhen(
            context => !context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) && context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.Ordinal),
            branch => branch.UseStatusCodePagesWithReExecute("/error/{0}"));
        app.UseRateLimiter();
        return app;
    }
}
