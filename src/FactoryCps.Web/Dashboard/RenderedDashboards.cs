using System.Globalization;
using System.Text.Encodings.Web;
using FactoryCps.Web.Data;
using FactoryCps.Web.Security;
using FactoryCps.Web.Shared;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Caching.Memory;

namespace FactoryCps.Web.Dashboard;

/// <summary>
/// The dashboard's site content (everything inside the layout) rendered once and served until something it shows
/// may have changed: it is the page people open most, and rendering it costs far more than sending it. Only the
/// content is kept, per site, language and role; the layout around it (user name, anti-forgery tokens, the
/// site menu) is rendered for each request, so nothing of one user reaches another.
/// </summary>
internal sealed class RenderedDashboards(IMemoryCache cache, DataWrites writes, TimeProvider time, HtmlEncoder encoder)
{
    /// <summary>
    /// The longest an entry is served: a write by another process (a second server on the same PostgreSQL
    /// database, the command line) is not counted by <see cref="DataWrites"/>, so it shows after this at the latest.
    /// </summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);

    /// <summary>What the content was rendered from, taken before reading any of it.</summary>
    public DashboardStamp Stamp(SiteContext access)
    {
        var now = time.GetUtcNow();
        return new DashboardStamp(
            new DashboardKey(access.Site.Id, CultureInfo.CurrentCulture.Name, CultureInfo.CurrentUICulture.Name, access.Role, access.IsAdministrator),
            access.Site.ModelRevision,
            writes.Version,
            DateOnly.FromDateTime(time.GetLocalNow().DateTime),
            DateOnly.FromDateTime(now.UtcDateTime),
            now);
    }

    /// <summary>The content rendered under the same stamp, while no deadline it shows has passed.</summary>
    public IHtmlContent? Find(DashboardStamp stamp) =>
        cache.TryGetValue(stamp.Key, out RenderedDashboard? kept) && kept!.Stamp.SameData(stamp) && stamp.At <= kept.ValidUntil
            ? kept.Content
            : null;

    /// <summary>
    /// Keeps <paramref name="content"/> as rendered under <paramref name="stamp"/>, until <paramref name="nextDeadline"/>
    /// (when an open case becomes overdue) at the latest; returns it to be written to this response.
    /// </summary>
    public IHtmlContent Keep(DashboardStamp stamp, IHtmlContent content, DateTimeOffset? nextDeadline)
    {
        var html = RenderedHtml.Freeze(content, encoder);
        var validUntil = stamp.At + MaxAge;
        if (nextDeadline is { } deadline && deadline < validUntil)
        {
            validUntil = deadline;
        }

        cache.Set(stamp.Key, new RenderedDashboard(stamp, html, validUntil), new MemoryCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(10), Size = 1 });
        return html;
    }

    private sealed record RenderedDashboard(DashboardStamp Stamp, HtmlString Content, DateTimeOffset ValidUntil);
}

/// <summary>Whose view of which site: one entry each, replaced when its data changes.</summary>
internal sealed record DashboardKey(int SiteId, string Culture, string UiCulture, string? Role, bool IsAdministrator);

/// <summary>The state of the data a rendering saw: the model revision, the count of writes and the days (overdue counts).</summary>
internal sealed record DashboardStamp(DashboardKey Key, long ModelRevision, long DataVersion, DateOnly LocalToday, DateOnly UtcToday, DateTimeOffset At)
{
    public bool SameData(DashboardStamp other) =>
        Key == other.Key && ModelRevision == other.ModelRevision && DataVersion == other.DataVersion && LocalToday == other.LocalToday && UtcToday == other.UtcToday;
}
