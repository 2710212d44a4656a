using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace FactoryCps.Web.Suppliers;

/// <summary>
/// Answers of the supply-chain pages for what is not there. The error page is re-executed with the request's
/// method, and a re-executed POST would be refused there as a forgery (400) and hide the 404; so a POST's 404 is
/// answered plainly. A POST naming no handler of the page is not found either, rather than a page without data.
/// </summary>
internal static class NotFoundOnPost
{
    public static NotFoundResult Plain(HttpContext context, NotFoundResult result)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method) && context.Features.Get<IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }

        return result;
    }

    public static bool NoHandler(PageHandlerExecutingContext context) => context.HandlerMethod is null && !HttpMethods.IsGet(context.HttpContext.Request.Method);
}

/// <summary>A staff page of the supply chain: a site page whose 404s survive POST (see <see cref="NotFoundOnPost"/>).</summary>
internal abstract class SupplyPageModel : Sites.SitePageModel
{
    public override NotFoundResult NotFound() => NotFoundOnPost.Plain(HttpContext, base.NotFound());

    public override Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (NotFoundOnPost.NoHandler(context))
        {
            context.Result = NotFound();
            return Task.CompletedTask;
        }

        return base.OnPageHandlerExecutionAsync(context, next);
    }
}

/// <summary>A portal page: 404s survive POST (see <see cref="NotFoundOnPost"/>).</summary>
internal abstract class PortalPageModel : Microsoft.AspNetCore.Mvc.RazorPages.PageModel
{
    public override NotFoundResult NotFound() => NotFoundOnPost.Plain(HttpContext, base.NotFound());

    public override Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (NotFoundOnPost.NoHandler(context))
        {
            context.Result = NotFound();
            return Task.CompletedTask;
        }

        return base.OnPageHandlerExecutionAsync(context, next);
    }
}
