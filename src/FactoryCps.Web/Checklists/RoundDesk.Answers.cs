using FactoryCps.Checklists;
using FactoryCps.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Checklists;

/// <summary>Answers, reviews and evidence: all of a form's rows or none, each against the version it was read at.</summary>
internal sealed partial class RoundDesk
{
    /// <summary>How many files one round keeps at most.</summary>
    public const int MaxFiles = 2000;

    /// <summary>Whether a person may answer a question: its assignee, a member of its role, anyone when unassigned, and those who manage rounds.</summary>
    public static bool MayAnswer(RoundQuestion q, RoundActor actor) =>
        actor.Manages
        || (q.AssigneeUser is null && q.AssigneeRole is null)
        || string.Equals(q.AssigneeUser, actor.UserName, StringComparison.OrdinalIgnoreCase)
        || (q.AssigneeRole is not null && q.AssigneeRole == actor.Role);

    /// <summary>The round to change, tracked with its questions; or why it cannot change: missing, or closed (read-only).</summary>
    private async Task<(AssessmentRound? Round, RoundOutcome? Refused)> ChangeableAsync(int siteId, int number, CancellationToken cancellationToken)
    {
        var round = await db.AssessmentRounds.Include(r => r.Questions).SingleOrDefaultAsync(r => r.SiteId == siteId && r.Number == number, cancellationToken);
        return round is null ? (null, RoundOutcome.Refused(RoundRefusal.NotFound))
            : round.IsClosed ? (null, RoundOutcome.Refused(RoundRefusal.Closed))
            : (round, null);
    }

    /// <summary>Records the answers all together or none; a question changed meanwhile is returned as it is now.</summary>
    public async Task<RoundOutcome> AnswerAsync(int siteId, int number, IReadOnlyList<AnswerInput> answers, RoundActor actor, CancellationToken cancellationToken = default)
    {
        var (round, refused) = await ChangeableAsync(siteId, number, cancellationToken);
        if (round is null)
        {
            return refused!;
        }

        var byId = round.Questions.ToDictionary(q => q.QuestionId, StringComparer.Ordinal);
        var now = time.GetUtcNow();
        var changes = new List<object>();
        var stale = new List<RoundQuestion>();
        foreach (var answer in answers)
        {
            if (!byId.TryGetValue(answer.QuestionId, out var q))
            {
                return Clear(RoundOutcome.Refused(RoundRefusal.NotFound, answer.QuestionId));
            }

            if (Invalid(answer) is { } refusal)
            {
                return Clear(RoundOutcome.Refused(refusal, answer.QuestionId));
            }

            if (!MayAnswer(q, actor))
            {
                return Clear(RoundOutcome.Refused(RoundRefusal.NotAssigned, answer.QuestionId));
            }

            if (q.Version != answer.ExpectedVersion)
            {
                stale.Add(q);
                continue;
            }

            var level = answer.NotApplicable ? null : answer.Level;
            var reason = answer.NotApplicable ? Trimmed(answer.Reason) : null;
            var comment = Trimmed(answer.Comment);
            if (q.Level == level && q.NotApplicable == answer.NotApplicable && q.Reason == reason && q.Comment == comment && !q.Prefilled && q.AnsweredBy is not null)
            {
                continue; // unchanged: a form sends every row of its group
            }

            var before = new { q.Level, q.NotApplicable, q.Reason, q.Comment };
            (q.Level, q.NotApplicable, q.Reason, q.Comment) = (level, answer.NotApplicable, reason, comment);
            (q.AnsweredBy, q.AnsweredAt, q.Prefilled) = (actor.UserName, now, false);
            (q.Review, q.ReviewNote, q.ReviewedBy, q.ReviewedAt) = (null, null, null, null); // a new answer is reviewed anew
            q.Version++;
            changes.Add(new { question = q.QuestionId, before, after = new { q.Level, q.NotApplicable, q.Reason, q.Comment } });
        }

        if (stale.Count > 0)
        {
            db.ChangeTracker.Clear();
            return new RoundOutcome(null, null, stale);
        }

        return await SaveAsync(round, actor, "answer", changes, [.. answers.Select(a => a.QuestionId)], now, cancellationToken);
    }

    /// <summary>Records the reviews all together or none; asking again needs a note, and the answerers asked again are told.</summary>
    public async Task<RoundOutcome> ReviewAsync(int siteId, int number, IReadOnlyList<ReviewInput> reviews, RoundActor actor, CancellationToken cancellationToken = default)
    {
        var (round, refused) = await ChangeableAsync(siteId, number, cancellationToken);
        if (round is null)
        {
            return refused!;
        }

        var byId = round.Questions.ToDictionary(q => q.QuestionId, StringComparer.Ordinal);
        var now = time.GetUtcNow();
        var changes = new List<object>();
        var stale = new List<RoundQuestion>();
        var askedAgain = new List<string>();
        foreach (var review in reviews)
        {
            if (!byId.TryGetValue(review.QuestionId, out var q))
            {
                return Clear(RoundOutcome.Refused(RoundRefusal.NotFound, review.QuestionId));
            }

            var note = Trimmed(review.Note);
            if (note?.Length > AssessmentRound.MaxText)
            {
                return Clear(RoundOutcome.Refused(RoundRefusal.TooLong, review.QuestionId));
            }

            if (q.Version != review.ExpectedVersion)
            {
                stale.Add(q);
                continue;
            }

            if (!q.IsAnswered)
            {
                return Clear(RoundOutcome.Refused(RoundRefusal.NotAnswered, review.QuestionId));
            }

            if (!review.Accept && note is null)
            {
                return Clear(RoundOutcome.Refused(RoundRefusal.NoteRequired, review.QuestionId));
            }

            var verdict = review.Accept ? RoundQuestion.Accepted : RoundQuestion.AskedAgain;
            if (q.Review == verdict && q.ReviewNote == note)
            {
                continue;
            }

            (q.Review, q.ReviewNote, q.ReviewedBy, q.ReviewedAt) = (verdict, note, actor.UserName, now);
            q.Version++;
            changes.Add(new { question = q.QuestionId, review = verdict, note });
            if (!review.Accept)
            {
                askedAgain.Add(q.QuestionId);
            }
        }

        if (stale.Count > 0)
        {
            db.ChangeTracker.Clear();
            return new RoundOutcome(null, null, stale);
        }

        var outcome = await SaveAsync(round, actor, "review", changes, [.. reviews.Select(r => r.QuestionId)], now, cancellationToken);
        if (outcome.Succeeded && askedAgain.Count > 0)
        {
            await notices.AskedAgainAsync(round, askedAgain, cancellationToken);
        }

        return outcome;
    }

    /// <summary>Stores a checked file (<see cref="EvidenceUpload"/>) as evidence for one question of an open round.</summary>
    public async Task<RoundOutcome> AddEvidenceAsync(int siteId, int number, string questionId, EvidenceUpload upload, RoundActor actor, CancellationToken cancellationToken = default)
    {
        var round = await db.AssessmentRounds.AsNoTracking().Include(r => r.Questions).SingleOrDefaultAsync(r => r.SiteId == siteId && r.Number == number, cancellationToken);
        var q = round?.Questions.SingleOrDefault(x => x.QuestionId == questionId);
        if (round is null || q is null)
        {
            return RoundOutcome.Refused(RoundRefusal.NotFound, questionId);
        }

        if (round.IsClosed)
        {
            return RoundOutcome.Refused(RoundRefusal.Closed);
        }

        if (!MayAnswer(q, actor))
        {
            return RoundOutcome.Refused(RoundRefusal.NotAssigned, questionId);
        }

        if (await db.RoundEvidence.CountAsync(e => e.RoundId == round.Id, cancellationToken) >= MaxFiles)
        {
            return RoundOutcome.Refused(RoundRefusal.TooLong, questionId);
        }

        var now = time.GetUtcNow();
        var file = new RoundEvidence { RoundId = round.Id, RoundQuestionId = q.Id };
        file.Hold(upload, now, actor.UserName);
        db.RoundEvidence.Add(file);
        Audit(siteId, actor, "upload", $"{Key(round)}/{questionId}", null, new { file.FileName, file.ContentType, file.Size, file.Sha256 }, now);
        await db.SaveChangesAsync(cancellationToken);
        return RoundOutcome.Done;
    }

    /// <summary>The core's answer check (AnswerCheck): its first problem as the refusal the page and API say.</summary>
    private RoundRefusal? Invalid(AnswerInput answer) =>
        AnswerCheck.Check(new AssessmentAnswer(answer.QuestionId, answer.Level, answer.NotApplicable, Trimmed(answer.Reason), Trimmed(answer.Comment)), catalog).FirstOrDefault()?.Code switch
        {
            null => null,
            "AnswerLevelAndNotApplicable" => RoundRefusal.LevelAndNotApplicable,
            "AnswerReasonRequired" => RoundRefusal.ReasonRequired,
            "AnswerReasonTooLong" or "AnswerCommentTooLong" => RoundRefusal.TooLong,
            _ => RoundRefusal.LevelOutOfScale,
        };

    private async Task<RoundOutcome> SaveAsync(AssessmentRound round, RoundActor actor, string action, List<object> changes, HashSet<string> touched, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (changes.Count == 0)
        {
            return RoundOutcome.Done;
        }

        Audit(round.SiteId, actor, action, Key(round), null, changes, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return RoundOutcome.Done;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved one of these questions between our read and our write: theirs stays, ours is shown again.
            db.ChangeTracker.Clear();
            var current = await db.RoundQuestions.AsNoTracking().Where(q => q.RoundId == round.Id).ToListAsync(cancellationToken);
            return new RoundOutcome(null, null, [.. current.Where(q => touched.Contains(q.QuestionId))]);
        }
    }

    private RoundOutcome Clear(RoundOutcome outcome)
    {
        db.ChangeTracker.Clear();
        return outcome;
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
