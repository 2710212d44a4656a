using System.Runtime.CompilerServices;
using FactoryCps.Web.Data;
using FactoryCps.Web.Notifications;
using FactoryCps.Web.Sites;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Checklists;

/// <summary>
/// Open rounds falling due within <see cref="DueWithinDays"/> days, and those past their due date: each reminds the
/// people who still have something to answer and the round's creator, once per round and kind (the notice's key).
/// </summary>
internal sealed class RoundReminders(FcpsDbContext db, RoundNotices notices) : IReminderSource
{
    /// <summary>How many days before its due date an open round reminds.</summary>
    public const int DueWithinDays = 7;

    public async IAsyncEnumerable<(Notice Notice, IReadOnlyCollection<string> UserIds)> DueAsync(DateTimeOffset now, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var soon = today.AddDays(DueWithinDays);
        var rounds = await db.AssessmentRounds.AsNoTracking().Include(r => r.Questions)
            .Where(r => r.State == AssessmentRound.Open && r.DueDate <= soon).ToListAsync(cancellationToken);
        var sites = await db.Sites.AsNoTracking().Where(s => rounds.Select(r => r.SiteId).Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        foreach (var round in rounds.OrderBy(r => r.DueDate).ThenBy(r => r.Id))
        {
            var kind = round.DueDate < today ? RoundNotices.Overdue : RoundNotices.Due;
            var users = await notices.RemindedAsync(round, cancellationToken);
            if (users.Count > 0 && sites.TryGetValue(round.SiteId, out SiteEntity? site))
            {
                // The due date is part of the key: a round given a later date reminds again when that one nears.
                yield return (RoundNotices.Notice(kind, site, round, round.DueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), users);
            }
        }
    }
}
