using FactoryCps.Web.Accounts;
using FactoryCps.Web.Security;

namespace FactoryCps.Web.Audit.Pages;

/// <summary>The site's audit log, newest first, a page at a time; read-only by design.</summary>
[SitePermission(SitePermission.ViewAudit)]
internal sealed class IndexModel(AuditLog log) : SitePageModel
{
    public List<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(long? before) => Entries = await log.PageAsync(Access.Site.Id, before, AuditLog.PageSize, HttpContext.RequestAborted);
}
