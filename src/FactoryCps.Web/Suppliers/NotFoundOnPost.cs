using Microsoft.AspNetCore.Mvc.Filters;

namespace FactoryCps.Web.Suppliers;

/// <summary>
/// A POST naming no handler of a supply-chain page is not found, rather than a page without data. (A POST's 404
/// itself needs nothing here: the error page answers re-executed POSTs, Errors/Status.cshtml.cs.)
/// </summary>
internal static class NotFoundOnPost
{
    public static bool NoHandler(PageHandlerExecutingContext context) => context.HandlerMethod is null && !HttpMethods.IsGet(context.HttpContext.Request.Method);
}

/// <summary>A staff page of the supply chain: a site page where a POST without a handler is not found.</summary>
internal abstract class SupplyPageModel : FactoryCps.Web.Security.SitePageModel
{
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

/// <summary>A portal page: a POST without a handler is not found.</summary>
internal abstract class PortalPageModel : Microsoft.AspNetCore.Mvc.RazorPages.PageModel
{
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
