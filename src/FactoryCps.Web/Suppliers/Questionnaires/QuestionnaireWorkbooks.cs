using System.Security.Cryptography;
using System.Text;
using FactoryCps.Localization;
using FactoryCps.Suppliers.Questionnaires;
using FactoryCps.Suppliers.Questionnaires.Excel;
using FactoryCps.Web.Data;
using FactoryCps.Web.Sites;
using FactoryCps.Workbooks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Suppliers.Questionnaires;

/// <summary>What an uploaded workbook did: the problems (nothing stored), a refusal of the questionnaire, or the answers taken.</summary>
internal sealed record WorkbookImport(
    IReadOnlyList<WorkbookProblem> Problems,
    QuestionnaireRefusal? Refusal,
    IReadOnlyList<SupplierAnswer> Accepted,
    IReadOnlyList<string> Blank)
{
    public bool Succeeded => Problems.Count == 0 && Refusal is null;
}

/// <summary>
/// The Excel round trip of a stored questionnaire (docs/questionnaire-excel.md): the workbook for download, and a
/// filled one read back all or nothing and stored through the questionnaire's own rules. Staff and the portal
/// both come here, each with the questionnaire it has already checked the caller may reach.
/// </summary>
internal sealed class QuestionnaireWorkbooks(FcpsDbContext db, QuestionnaireDesk desk, TimeProvider time)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The request body an upload may have: the workbook limit and room for the form around it.</summary>
    public const long MaxRequestBytes = 5L * 1024 * 1024 + (64 * 1024);

    public static long MaxFileBytes => XlsxLimits.Default.MaxUploadBytes;

    public async Task<byte[]> ExportAsync(Questionnaire questionnaire, Language language, CancellationToken cancellationToken)
    {
        var sheet = await SheetAsync(questionnaire, cancellationToken);
        using var output = new MemoryStream();
        QuestionnaireXlsxWriter.Write(sheet, language, output);
        return output.ToArray();
    }

    /// <summary>The workbook as a download, in Japanese unless <paramref name="lang"/> is <c>en</c>, named by <see cref="FileName"/>.</summary>
    public async Task<FileContentResult> DownloadAsync(Questionnaire questionnaire, string name, string? lang, CancellationToken cancellationToken)
    {
        var language = lang == "en" ? Language.En : Language.Ja;
        var content = await ExportAsync(questionnaire, language, cancellationToken);
        return new FileContentResult(content, ContentType) { FileDownloadName = DownloadName(questionnaire, name, language) };
    }

    /// <summary>The download's file name: <paramref name="name"/> (the staff key or the public id), the round and the language.</summary>
    public static string DownloadName(Questionnaire questionnaire, string name, Language language) => FileName($"{name}-round-{questionnaire.Round}", language);

    /// <summary>
    /// A file name that says what the file is without the supplier's name (which may hold characters a file
    /// system refuses): <c>questionnaire-Q-3-round-1-ja.xlsx</c> for staff, the public id for the portal.
    /// </summary>
    public static string FileName(string name, Language language) => $"questionnaire-{name}-{language.Code()}.xlsx";

    /// <summary>
    /// Reads the upload against the questionnaire as stored now; stores every answer of the file or none. A blank
    /// answer keeps what was stored (the questions have no "withdrawn" state); the page lists such items.
    /// Accepted and refused uploads are both audited with the file's SHA-256.
    /// </summary>
    public async Task<WorkbookImport> ImportAsync(Questionnaire questionnaire, byte[] upload, string answeredBy, Actor actor, CancellationToken cancellationToken)
    {
        var sheet = await SheetAsync(questionnaire, cancellationToken);
        QuestionnaireImportResult result;
        using (var input = new MemoryStream(upload, writable: false))
        {
            result = QuestionnaireXlsxReader.Read(input, sheet);
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(upload));
        if (!result.Succeeded)
        {
            await AuditAsync(questionnaire, actor, "import-refused", new { sha256, size = upload.Length, problems = result.Problems.Select(p => p.Where.Length == 0 ? p.Code : $"{p.Where} {p.Code}").Take(20) }, cancellationToken);
            return new WorkbookImport(result.Problems, null, [], []);
        }

        var (refusal, _) = await desk.AnswerAsync(questionnaire.Id, result.Answers, answeredBy, actor, cancellationToken);
        await AuditAsync(questionnaire, actor, refusal is null ? "import" : "import-refused", new { sha256, size = upload.Length, answers = result.Answers.Count, blank = result.Unanswered, refusal = refusal?.ToString() }, cancellationToken);
        return refusal is { } r ? new WorkbookImport([], r, [], []) : new WorkbookImport([], null, result.Answers, result.Unanswered);
    }

    /// <summary>
    /// The workbook's identity for a stored questionnaire. The file names a questionnaire by a GUID; ours have a
    /// random public id instead, so the GUID is derived from it (stable, and as unguessable as the id).
    /// </summary>
    public static Guid WorkbookId(Questionnaire questionnaire) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes("factorycps-questionnaire:" + questionnaire.PublicId)).AsSpan(0, 16));

    private async Task<QuestionnaireSheet> SheetAsync(Questionnaire q, CancellationToken cancellationToken)
    {
        var site = await db.Sites.AsNoTracking().Where(s => s.Id == q.SiteId).Select(s => s.Name ?? s.Key).SingleAsync(cancellationToken);
        var questions = q.Items.OrderBy(i => i.Position)
            .Select(i => new QuestionnaireQuestion(i.ItemId, new LocalizedText(i.TextJa, i.TextEn), Basis(i.Basis), i.BasisRef)).ToList();
        var answers = q.Items.Where(i => i.Answer is not null && AnswerChoices.Parse(i.Answer) is not null)
            .Select(i => new SupplierAnswer(i.ItemId, AnswerChoices.Parse(i.Answer)!.Value, i.Comment)).ToList();
        var title = $"{QuestionnaireDesk.Key(q)} {q.SuppliedItem?.Name}".Trim();
        return new QuestionnaireSheet(WorkbookId(q), q.Round, title, q.Supplier?.Name ?? "", site, q.DueDate, questions, answers);
    }

    private async Task AuditAsync(Questionnaire questionnaire, Actor actor, string action, object after, CancellationToken cancellationToken)
    {
        SupplyAudit.Add(db, questionnaire.SiteId, actor, action, "questionnaires", QuestionnaireDesk.Key(questionnaire), null, after, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }

    private static QuestionBasis Basis(string code) => code switch
    {
        "target-level" => QuestionBasis.TargetLevel,
        "requirement" => QuestionBasis.Requirement,
        "organisation" => QuestionBasis.Organisation,
        _ => QuestionBasis.Phase,
    };
}
