using System.Globalization;
using System.Security.Cryptography;
using FactoryCps.Suppliers.Questionnaires;
using FactoryCps.Web.Data;
using FactoryCps.Web.Shared;
using FactoryCps.Web.Sites;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Suppliers.Questionnaires;

/// <summary>An evidence file as lists show it: everything but the bytes.</summary>
internal sealed record EvidenceSummary(long Id, string ItemId, string FileName, string ContentType, long Size, string Sha256, DateTimeOffset UploadedAt, string UploadedBy);

/// <summary>
/// Issues questionnaires (generated from the catalogue and the site's model, then copied into rows so the questions
/// never change afterwards), finds them for staff (by site and number) and for the portal (by id), and records
/// answers and evidence. The core's review rules decide what it accepts (QuestionnaireRules); every change is audited.
/// </summary>
internal sealed class QuestionnaireDesk(FcpsDbContext db, SupplierDirectory directory, TimeProvider time)
{
    public Task<List<Questionnaire>> ListAsync(int siteId, int? itemId = null, CancellationToken cancellationToken = default) =>
        db.Questionnaires().AsNoTracking().Include(q => q.Supplier).Include(q => q.SuppliedItem)
            .Where(q => q.SiteId == siteId && (itemId == null || q.SuppliedItemId == itemId))
            .OrderByDescending(q => q.Number).ToListAsync(cancellationToken);

    public Task<Questionnaire?> FindAsync(int siteId, int number, CancellationToken cancellationToken = default) =>
        Full().SingleOrDefaultAsync(q => q.SiteId == siteId && q.Number == number, cancellationToken);

    /// <summary>For the portal: by the id its session is bound to, nothing else.</summary>
    public Task<Questionnaire?> FindByIdAsync(long id, CancellationToken cancellationToken = default) =>
        Full().SingleOrDefaultAsync(q => q.Id == id, cancellationToken);

    /// <summary>Issues the next round for a supplied item; null when the item is not the site's or nothing is to be asked.</summary>
    public async Task<(Questionnaire? Issued, bool NoQuestions)> IssueAsync(SiteEntity site, int supplierId, int itemId, DateOnly? due, Actor actor, CancellationToken cancellationToken = default)
    {
        var item = await directory.FindItemAsync(site.Id, supplierId, itemId, cancellationToken);
        if (item is null)
        {
            return (null, false);
        }

        var loaded = await directory.LoadedAsync(site, cancellationToken);
        // Target levels can depend on dates in the catalogue's rules: the questions are those asked today.
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var questions = QuestionnaireGenerator.Generate(loaded, new SupplyRequest(item.Category, item.Phase, item.Zones), today);
        if (questions.Count == 0)
        {
            return (null, true);
        }

        for (var attempt = 1; ; attempt++)
        {
            var now = time.GetUtcNow();
            var questionnaire = new Questionnaire
            {
                SiteId = site.Id,
                Number = (await db.Questionnaires().Where(q => q.SiteId == site.Id).MaxAsync(q => (int?)q.Number, cancellationToken) ?? 0) + 1,
                PublicId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)),
                SupplierId = item.SupplierId,
                SuppliedItemId = item.Id,
                Round = (await db.Questionnaires().Where(q => q.SuppliedItemId == item.Id).MaxAsync(q => (int?)q.Round, cancellationToken) ?? 0) + 1,
                Status = Questionnaire.Issued,
                Category = item.Category,
                Phase = item.Phase,
                IssuedAt = now,
                IssuedBy = actor.UserName,
                DueDate = due,
                Version = 1,
                Items = [.. questions.Select((q, i) => Snapshot(q, i))],
            };
            db.Questionnaires().Add(questionnaire);
            SupplyAudit.Add(db, site.Id, actor, "issue", "questionnaires", Key(questionnaire), null, new
            {
                supplier = item.SupplierId,
                item = item.Id,
                questionnaire.Round,
                questionnaire.Category,
                questionnaire.Phase,
                questionnaire.DueDate,
                questions = questionnaire.Items.Select(i => i.ItemId),
            }, now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return (questionnaire, false);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                db.ChangeTracker.Clear(); // another issue took the number or round at the same moment
            }
        }
    }

    /// <summary>Records answers all together or not at all; the first refusal names the question it concerns.</summary>
    public async Task<(QuestionnaireRefusal? Refusal, string? ItemId)> AnswerAsync(long questionnaireId, IReadOnlyList<SupplierAnswer> answers, string answeredBy, Actor actor, CancellationToken cancellationToken = default)
    {
        var questionnaire = await db.Questionnaires().Include(q => q.Items).SingleAsync(q => q.Id == questionnaireId, cancellationToken);
        var before = questionnaire.Version;
        var now = time.GetUtcNow();
        foreach (var answer in answers)
        {
            if (questionnaire.Answer(answer.ItemId, answer.Choice, answer.Comment, answeredBy, now) is { } refusal)
            {
                db.ChangeTracker.Clear();
                return (refusal, answer.ItemId);
            }
        }

        if (questionnaire.Version != before)
        {
            SupplyAudit.Add(db, questionnaire.SiteId, actor, "answer", "questionnaires", Key(questionnaire), null, new
            {
                questionnaire.Status,
                answers = answers.Select(a => new { item = a.ItemId, answer = a.Choice.Code(), comment = a.Comment }),
            }, now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // The questionnaire's version moved (a judgement, a close, another answer): the supplier answers again
                // on what is stored now rather than over it.
                db.ChangeTracker.Clear();
                return (QuestionnaireRefusal.ChangedMeanwhile, null);
            }
        }

        return (null, null);
    }

    public Task<List<EvidenceSummary>> EvidenceAsync(long questionnaireId, CancellationToken cancellationToken = default) =>
        (from e in db.EvidenceFiles()
         join i in db.QuestionnaireItems() on e.QuestionnaireItemId equals i.Id
         where e.QuestionnaireId == questionnaireId
         orderby i.Position, e.Id
         select new EvidenceSummary(e.Id, i.ItemId, e.FileName, e.ContentType, e.Size, e.Sha256, e.UploadedAt, e.UploadedBy))
        .ToListAsync(cancellationToken);

    /// <summary>One file, only when it belongs to the questionnaire asked about.</summary>
    public Task<EvidenceFile?> EvidenceFileAsync(long questionnaireId, long evidenceId, CancellationToken cancellationToken = default) =>
        db.EvidenceFiles().AsNoTracking().SingleOrDefaultAsync(e => e.QuestionnaireId == questionnaireId && e.Id == evidenceId, cancellationToken);

    /// <summary>Stores a checked file (see <see cref="EvidenceUpload"/>) as evidence for one question.</summary>
    public async Task<QuestionnaireRefusal?> AddEvidenceAsync(long questionnaireId, string itemId, EvidenceUpload upload, string uploadedBy, Actor actor, CancellationToken cancellationToken = default)
    {
        var questionnaire = await db.Questionnaires().Include(q => q.Items).SingleAsync(q => q.Id == questionnaireId, cancellationToken);
        var held = await db.EvidenceFiles().CountAsync(e => e.QuestionnaireId == questionnaireId, cancellationToken);
        if (questionnaire.AcceptsEvidence(itemId, held) is { } refusal)
        {
            return refusal;
        }

        var now = time.GetUtcNow();
        var file = new EvidenceFile { QuestionnaireId = questionnaireId, QuestionnaireItemId = questionnaire.Items.Single(i => i.ItemId == itemId).Id };
        file.Hold(upload, now, uploadedBy);
        db.EvidenceFiles().Add(file);
        SupplyAudit.Add(db, questionnaire.SiteId, actor, "upload", "evidence", $"{Key(questionnaire)}/{itemId}", null, new { file.FileName, file.ContentType, file.Size, file.Sha256 }, now);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public static string Key(Questionnaire q) => "Q-" + q.Number.ToString(CultureInfo.InvariantCulture);

    private IQueryable<Questionnaire> Full() =>
        db.Questionnaires().AsNoTracking().Include(q => q.Items.OrderBy(i => i.Position)).Include(q => q.Supplier).Include(q => q.SuppliedItem);

    private static QuestionnaireItem Snapshot(QuestionnaireQuestion question, int position) => new()
    {
        Position = position,
        ItemId = question.ItemId,
        TextJa = question.Text.Ja,
        TextEn = question.Text.En,
        Basis = BasisCode(question.Basis),
        BasisRef = question.BasisRef,
    };

    public static string BasisCode(QuestionBasis basis) => basis switch
    {
        QuestionBasis.TargetLevel => "target-level",
        QuestionBasis.Requirement => "requirement",
        QuestionBasis.Organisation => "organisation",
        _ => "phase",
    };
}
