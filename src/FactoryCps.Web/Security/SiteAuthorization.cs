using FactoryCps.Web.Accounts;

namespace FactoryCps.Web.Security;

/// <summary>
/// Enforces <see cref="SitePermissionAttribute"/> on pages and API alike. A site the user holds no role at,
/// or that does not exist, answers 404 (its name must not leak); a role without the permission answers 403.
/// </summary>
internal static class SiteAuthorization
{
    public static WebApplication UseSiteAuthorization(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var required = context.GetEndpoint()?.Metadata.GetMetadata<SitePermissionAttribute>();
            if (required is null)
            {
                await next(context);
                return;
            }

            var siteKey = context.GetRouteValue("site") as string;
            var userId = context.User.UserId();
            if (siteKey is null || userId is null)
            {
                context.Response.StatusCode = userId is null ? StatusCodes.Status401Unauthorized : StatusCodes.Status404NotFound;
                return;
            }

            var access = await context.RequestServices.GetRequiredService<SiteAccess>().CheckAsync(userId, siteKey, context.RequestAborted);
            if (access is null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            if (!access.May(required.For(context.Request.Method)))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }

            context.Features.Set(access);
            await next(context);
        });
        return app;
    }
}
