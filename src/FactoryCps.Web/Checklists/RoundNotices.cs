using System.Globalization;
using FactoryCps.Web.Data;
using FactoryCps.Web.Notifications;
using FactoryCps.Web.Sites;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Checklists;

/// <summary>
/// Tells people about rounds: a round assigned (each person named, each member of a role named, and, for questions
/// given to no one, nobody: anyone may answer them), an answer sent back (its answerer). Users are found by their
/// sign-in name among the site's members, so a name that is no member is told nothing.
/// </summary>
internal sealed class RoundNotices(FcpsDbContext db, INoticeSender sender)
{
    public const string Assigned = "round-assigned";
    public const string Returned = "answer-returned";
    public const string Due = "round-due";
    public const string Overdue = "round-overdue";

    public async Task AssignedAsync(SiteEntity site, AssessmentRound round, CancellationToken cancellationToken)
    {
        var users = round.Questions.Select(q => q.AssigneeUser).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var roles = round.Questions.Select(q => q.AssigneeRole).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var ids = await MembersAsync(site.Id, users, roles, cancellationToken);
        if (ids.Count > 0)
        {
            await sender.SendAsync(Notice(Assigned, site, round, null), ids, cancellationToken);
        }
    }

    /// <summary>The answerers of the questions the reviewer asked again (the round as saved, its versions counted after the review).</summary>
    public async Task AskedAgainAsync(AssessmentRound round, IReadOnlyCollection<string> questionIds, CancellationToken cancellationToken)
    {
        var answerers = round.Questions.Where(q => questionIds.Contains(q.QuestionId)).Select(q => q.AnsweredBy).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (answerers.Count == 0)
        {
            return;
        }

        var ids = await MembersAsync(round.SiteId, answerers, [], cancellationToken);
        var site = await db.Sites.AsNoTracking().SingleOrDefaultAsync(s => s.Id == round.SiteId, cancellationToken);
        if (ids.Count > 0 && site is not null)
        {
            // One notice per review: a later ask-again of the same round is a new one.
            await sender.SendAsync(Notice(Returned, site, round, $"{string.Join(',', questionIds.Order(StringComparer.Ordinal))}:{round.Questions.Where(q => questionIds.Contains(q.QuestionId)).Sum(q => q.Version).ToString(CultureInfo.InvariantCulture)}"), ids, cancellationToken);
        }
    }

    /// <summary>Whom a round's reminders go to: its assignees, or, for questions given to no one, the site's answerers are not chased (the round's creator is).</summary>
    public async Task<IReadOnlyCollection<string>> RemindedAsync(AssessmentRound round, CancellationToken cancellationToken)
    {
        var users = round.Questions.Where(q => !q.IsAnswered || q.Review == RoundQuestion.AskedAgain).Select(q => q.AssigneeUser).OfType<string>().Append(round.CreatedBy).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var roles = round.Questions.Where(q => !q.IsAnswered || q.Review == RoundQuestion.AskedAgain).Select(q => q.AssigneeRole).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return await MembersAsync(round.SiteId, users, roles, cancellationToken);
    }

    public static Notice Notice(string kind, SiteEntity site, AssessmentRound round, string? detail) => new(
        kind,
        site.Id,
        round.Title,
        $"/sites/{site.Key}/assessments/{round.Number.ToString(CultureInfo.InvariantCulture)}",
        $"{kind}:{site.Id.ToString(CultureInfo.InvariantCulture)}:{round.Number.ToString(CultureInfo.InvariantCulture)}{(detail is null ? "" : ":" + detail)}",
        new DateTimeOffset(round.DueDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));

    private async Task<IReadOnlyCollection<string>> MembersAsync(int siteId, IReadOnlyCollection<string> userNames, IReadOnlyCollection<string> roles, CancellationToken cancellationToken)
    {
        var upper = userNames.Select(n => n.ToUpperInvariant()).ToList();
        return await (from m in db.SiteMembers
                      join u in db.Users on m.UserId equals u.Id
                      where m.SiteId == siteId && (roles.Contains(m.Role) || upper.Contains(u.NormalizedUserName!))
                      select u.Id).Distinct().ToListAsync(cancellationToken);
    }
}
