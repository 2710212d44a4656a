using System.Globalization;
using System.Text.Json;
using FactoryCps.Catalog;
using FactoryCps.Checklists;
using FactoryCps.Web.Audit;
using FactoryCps.Web.Data;
using FactoryCps.Web.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace FactoryCps.Web.Checklists;

/// <summary>
/// Creates and finds a site's assessment rounds. A round's questions are copied into rows when it is created
/// (the core's applicability rule within the scope), with who answers each and, when asked, the last closed
/// round's answers; every change is audited in the same transaction. Who must know is told from here, after the
/// change is saved (the assignees of a new round, the answerer of an answer asked again), so that the page and the
/// API, both calling the desk, cannot differ in it.
/// </summary>
internal sealed partial class RoundDesk(FcpsDbContext db, SiteModelStore store, SiteAnalysis analysis, GuidelineCatalog catalog, RoundNotices notices, TimeProvider time, IMemoryCache cache)
{
    public const string Section = "assessments";

    /// <summary>Newest first, without their questions.</summary>
    public Task<List<AssessmentRound>> ListAsync(int siteId, CancellationToken cancellationToken = default) =>
        db.AssessmentRounds.AsNoTracking().Where(r => r.SiteId == siteId).OrderByDescending(r => r.Number).ToListAsync(cancellationToken);

    /// <summary>The closed rounds oldest first, with their questions (the trend and the comparisons).</summary>
    public Task<List<AssessmentRound>> ClosedAsync(int siteId, CancellationToken cancellationToken = default) =>
        db.AssessmentRounds.AsNoTracking().Include(r => r.Questions).AsSplitQuery()
            .Where(r => r.SiteId == siteId && r.State == AssessmentRound.Closed).OrderBy(r => r.Number).ToListAsync(cancellationToken);

    public Task<AssessmentRound?> FindAsync(int siteId, int number, CancellationToken cancellationToken = default) =>
        db.AssessmentRounds.AsNoTracking().Include(r => r.Questions.OrderBy(q => q.Position))
            .SingleOrDefaultAsync(r => r.SiteId == siteId && r.Number == number, cancellationToken);

    public Task<List<RoundEvidence>> EvidenceAsync(long roundId, CancellationToken cancellationToken = default) =>
        db.RoundEvidence.AsNoTracking().Where(e => e.RoundId == roundId).OrderBy(e => e.Id)
            .Select(e => new RoundEvidence { Id = e.Id, RoundId = e.RoundId, RoundQuestionId = e.RoundQuestionId, FileName = e.FileName, ContentType = e.ContentType, Size = e.Size, Sha256 = e.Sha256, Content = Array.Empty<byte>(), UploadedAt = e.UploadedAt, UploadedBy = e.UploadedBy })
            .ToListAsync(cancellationToken);

    /// <summary>One file, only when it belongs to the round asked about.</summary>
    public Task<RoundEvidence?> EvidenceFileAsync(long roundId, long evidenceId, CancellationToken cancellationToken = default) =>
        db.RoundEvidence.AsNoTracking().SingleOrDefaultAsync(e => e.RoundId == roundId && e.Id == evidenceId, cancellationToken);

    /// <summary>Creates the next round of the site; refused when its scope asks nothing.</summary>
    public async Task<(AssessmentRound? Round, RoundRefusal? Refusal)> CreateAsync(SiteEntity site, NewRound input, RoundActor actor, CancellationToken cancellationToken = default)
    {
        if (await analysis.AnalyzeAsync(site, cancellationToken) is not { } analyzed)
        {
            return (null, RoundRefusal.NoQuestions);
        }

        if (ScopeCheck.Problems(input.Scope, catalog, analyzed.Model).Count > 0)
        {
            return (null, RoundRefusal.UnknownZone);
        }

        var planned = AssessmentQuestions.For(catalog, analyzed, input.Scope);
        if (planned.Count == 0)
        {
            return (null, RoundRefusal.NoQuestions);
        }

        var previous = input.Prefill
            ? await db.AssessmentRounds.AsNoTracking().Include(r => r.Questions)
                .Where(r => r.SiteId == site.Id && r.State == AssessmentRound.Closed).OrderByDescending(r => r.Number).FirstOrDefaultAsync(cancellationToken)
            : null;
        var before = previous?.Questions.ToDictionary(q => q.QuestionId, StringComparer.Ordinal) ?? [];
        for (var attempt = 1; ; attempt++)
        {
            var now = time.GetUtcNow();
            var round = new AssessmentRound
            {
                SiteId = site.Id,
                Number = (await db.AssessmentRounds.Where(r => r.SiteId == site.Id).MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0) + 1,
                Title = input.Title,
                ScopeZones = string.Join(' ', input.Scope.Zones),
                ScopeSteps = string.Join(' ', input.Scope.Steps),
                ScopeGroups = string.Join(' ', input.Scope.Groups),
                DueDate = input.DueDate,
                State = AssessmentRound.Open,
                CreatedAt = now,
                CreatedBy = actor.UserName,
                PrefilledFrom = previous?.Number,
                Version = 1,
                Questions = [.. planned.Select((p, i) => Row(p, i, input.Assignments, before.GetValueOrDefault(p.Id)))],
            };
            db.AssessmentRounds.Add(round);
            Audit(site.Id, actor, "create", Key(round), null, new
            {
                round.Title,
                scope = new { zones = input.Scope.Zones, steps = input.Scope.Steps, groups = input.Scope.Groups },
                round.DueDate,
                round.PrefilledFrom,
                questions = round.Questions.Count,
                assignments = input.Assignments,
            }, now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                db.ChangeTracker.Clear(); // another round took the number at the same moment
                continue;
            }

            await notices.AssignedAsync(site, round, cancellationToken);
            return (round, null);
        }
    }

    public static string Key(AssessmentRound round) => "R-" + round.Number.ToString(CultureInfo.InvariantCulture);

    private static RoundQuestion Row(AssessmentQuestion p, int position, IReadOnlyList<Assignment> assignments, RoundQuestion? last)
    {
        // The most specific assignment wins: a zone's over a group's over a step's over everything.
        var who = assignments
            .Where(a => (a.Step is null || a.Step == p.Step) && (a.Group is null || a.Group == p.Group) && (a.Zone is null || a.Zone == p.Zone))
            .OrderByDescending(a => (a.Zone is null ? 0 : 4) + (a.Group is null ? 0 : 2) + (a.Step is null ? 0 : 1))
            .FirstOrDefault();
        var row = new RoundQuestion
        {
            Position = position,
            QuestionId = p.Id,
            ItemId = p.Item.Id,
            Step = p.Step,
            Group = p.Group,
            Countermeasure = p.Countermeasure,
            Zone = p.Zone,
            AssigneeUser = who?.User,
            AssigneeRole = who?.User is null ? who?.Role : null,
            Version = 1,
        };
        if (last?.IsAnswered == true)
        {
            row.Level = last.Level;
            row.NotApplicable = last.NotApplicable;
            row.Reason = last.Reason;
            row.Comment = last.Comment;
            row.Prefilled = true;
        }

        return row;
    }

    private void Audit(int siteId, RoundActor actor, string action, string key, object? before, object? after, DateTimeOffset at) =>
        db.AuditEntries.Add(new AuditEntry
        {
            SiteId = siteId,
            At = at,
            UserId = actor.UserId,
            UserName = actor.UserName,
            Action = action,
            Section = Section,
            Key = key,
            Before = before is null ? null : JsonSerializer.Serialize(before),
            After = after is null ? null : JsonSerializer.Serialize(after),
        });
}
