using System.Globalization;
using System.Runtime.CompilerServices;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Data;
using FactoryCps.Web.Notifications;
using FactoryCps.Web.Sites;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Reviews;

/// <summary>
/// A site whose review is called for reminds the people who record reviews there, once per reason and date (the
/// notice's key): the next date passed, a new objective, an incident closed, a blocking supplier point, or no review
/// recorded yet. Recording a review ends the calls, so nothing more is sent until the next one.
/// </summary>
internal sealed class ReviewReminders(FcpsDbContext db, ReviewCalls calls) : IReminderSource
{
    public const string Kind = "review-due";

    public async IAsyncEnumerable<(Notice Notice, IReadOnlyCollection<string> UserIds)> DueAsync(DateTimeOffset now, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var roles = SiteRoles.Permissions.Where(p => p.Value.Contains(SitePermission.ManageReviews)).Select(p => p.Key).ToList();
        var sites = await db.Sites.AsNoTracking().OrderBy(s => s.Id).ToListAsync(cancellationToken);
        foreach (var site in sites)
        {
            var due = await calls.CallsAsync(site, cancellationToken);
            if (due.Count == 0)
            {
                continue;
            }

            var users = await db.SiteMembers.Where(m => m.SiteId == site.Id && roles.Contains(m.Role)).Select(m => m.UserId).Distinct().ToListAsync(cancellationToken);
            if (users.Count == 0)
            {
                continue;
            }

            var since = due.Min(c => c.Since);
            var reasons = string.Join('+', due.Select(c => c.Reason.ToString()).Distinct().Order(StringComparer.Ordinal));
            yield return (new Notice(
                Kind,
                site.Id,
                site.Name ?? site.Key,
                $"/sites/{site.Key}/reviews",
                $"{Kind}:{site.Id.ToString(CultureInfo.InvariantCulture)}:{reasons}:{since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"), users);
        }
    }
}
