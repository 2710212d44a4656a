using System.Globalization;
using System.Security.Cryptography;
using FactoryCps.Catalog;
using FactoryCps.Checklists;
using FactoryCps.Checklists.Excel;
using FactoryCps.Checklists.Files;
using FactoryCps.Diagnostics;
using FactoryCps.Localization;
using FactoryCps.Web.Resources;
using FactoryCps.Web.Shared;
using FactoryCps.Web.Sites;
using FactoryCps.Workbooks;

namespace FactoryCps.Web.Checklists;

/// <summary>
/// A stored round as a file and back (docs/assessment.md "In the web"): the core's workbook and YAML formats, the
/// questions a person may answer (or all of them), and an upload stored through the desk's answering, so that the
/// same rules hold as on the answer form — all of the file or nothing, each question against what was stored when
/// the file was made (<see cref="RoundFileKey"/>).
/// </summary>
internal sealed class RoundFiles(RoundDesk desk, SiteAnalysis analysis, GuidelineCatalog catalog, TimeProvider time)
{
    public const string XlsxType = EvidenceTypes.Xlsx;
    public const string YamlType = "application/yaml";

    /// <summary>The largest file taken: the workbook reader's limit (a round of a large site as YAML stays far below it).</summary>
    public const int MaxFileBytes = 5 * 1024 * 1024;

    /// <summary>The request an upload form may send: the file and room for the form around it.</summary>
    public const long MaxRequestBytes = MaxFileBytes + (64 * 1024);

    public static RoundFileFormat? Format(string? text) => text switch
    {
        null or "" or "xlsx" => RoundFileFormat.Xlsx,
        "yaml" => RoundFileFormat.Yaml,
        _ => null,
    };

    /// <summary>The round as a file for <paramref name="actor"/>: their questions, every one when they manage rounds or answer none.</summary>
    public async Task<(byte[] Content, string ContentType, string FileName)> ExportAsync(SiteEntity site, AssessmentRound round, RoundActor actor, bool answers, RoundFileFormat format, Language language, CancellationToken cancellationToken)
    {
        var key = RoundFileKey.For(round.Number, actor, everything: actor.Manages || !answers, time.GetUtcNow());
        var questions = key.Questions(round);
        var name = $"assessment-{site.Key}-{round.Number.ToString(CultureInfo.InvariantCulture)}";
        if (format == RoundFileFormat.Yaml)
        {
            var document = new AssessmentDocument(site.Key, new AssessmentRoundHeader(round.Title, round.DueDate, RoundCore.Scope(round)) { Id = key.ToString() }, [.. questions.Select(Entry)]);
            return (System.Text.Encoding.UTF8.GetBytes(AssessmentFileWriter.Write(document)), YamlType, name + ".yaml");
        }

        var report = await analysis.ReportAsync(site, language, cancellationToken);
        var sheet = Sheet(site, round, key, Asked(questions)) with
        {
            Answers = [.. questions.Where(q => q.IsAnswered).Select(RoundCore.Answer)],
            ZoneNames = questions.Where(q => q.Zone is not null).Select(q => q.Zone!).Distinct(StringComparer.Ordinal).ToDictionary(z => z, z => report?.ZoneName(z) ?? z, StringComparer.Ordinal),
        };
        using var output = new MemoryStream();
        AssessmentWorkbook.Write(sheet, catalog, language, output);
        return (output.ToArray(), XlsxType, $"{name}-{language.Code()}.xlsx");
    }

    /// <summary>
    /// Reads an uploaded file (its type by its bytes: a workbook, or UTF-8 text read as YAML) against the round as
    /// stored now and stores its answers through <see cref="RoundDesk.AnswerAsync"/>, or nothing. Audited either way
    /// with the file's SHA-256.
    /// </summary>
    public async Task<RoundFileImport> ImportAsync(SiteEntity site, int number, string? fileName, byte[] content, RoundActor actor, CancellationToken cancellationToken)
    {
        if (await desk.FindAsync(site.Id, number, cancellationToken) is not { } round)
        {
            return RoundFileImport.Refused(RoundRefusal.NotFound);
        }

        var outcome = await ReadAndStoreAsync(site, round, EvidenceUpload.SafeName(fileName), content, actor, cancellationToken);
        await desk.AuditFileAsync(round, actor, outcome.Succeeded ? "import" : "import-refused", new
        {
            sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            size = content.Length,
            stored = outcome.Stored,
            refusal = outcome.Refusal?.ToString(),
            problems = outcome.Problems.Take(20).Select(p => $"{p.Where} {p.Code}".Trim()),
        }, cancellationToken);
        return outcome;
    }

    private async Task<RoundFileImport> ReadAndStoreAsync(SiteEntity site, AssessmentRound round, string fileName, byte[] content, RoundActor actor, CancellationToken cancellationToken)
    {
        if (round.IsClosed)
        {
            return RoundFileImport.Refused(RoundRefusal.Closed);
        }

        var read = EvidenceTypes.Detect(content) switch
        {
            EvidenceTypes.Xlsx => ReadWorkbook(site, round, content),
            EvidenceTypes.Text => ReadYaml(site, round, fileName, content),
            _ => FileRead.Rejected([new RoundFileProblem(null, null, null, RoundFileImport.TypeNotAllowed, _ => WebText.AssessmentFileType)]),
        };
        if (read.Problems.Count > 0 || read.Key is not { } key)
        {
            return RoundFileImport.Rejected(read.Problems);
        }

        var byId = round.Questions.ToDictionary(q => q.QuestionId, StringComparer.Ordinal);
        var inputs = new List<AnswerInput>();
        var stale = new List<RoundFileProblem>();
        foreach (var answer in read.Answers)
        {
            var q = byId[answer.QuestionId];
            var stored = RoundCore.Answer(q);
            var same = q.IsAnswered && stored.Level == answer.Level && stored.NotApplicable == answer.NotApplicable
                && stored.Reason == answer.Reason && stored.Comment == answer.Comment;
            if (same && !q.Prefilled)
            {
                continue; // as on the form: a row left as it was is not an answer, and not stale either
            }

            if (key.ChangedSince(q))
            {
                stale.Add(read.At(q.QuestionId, nameof(RoundRefusal.ChangedMeanwhile), language => Stale(q, language)));
                continue;
            }

            inputs.Add(new AnswerInput(q.QuestionId, q.Version, answer.Level, answer.NotApplicable, answer.Reason, answer.Comment));
        }

        if (stale.Count > 0)
        {
            return new RoundFileImport(RoundRefusal.ChangedMeanwhile, stale, 0, []);
        }

        var outcome = await desk.AnswerAsync(site.Id, round.Number, inputs, actor, cancellationToken);
        if (outcome.Stale.Count > 0)
        {
            return new RoundFileImport(RoundRefusal.ChangedMeanwhile, [.. outcome.Stale.Select(q => read.At(q.QuestionId, nameof(RoundRefusal.ChangedMeanwhile), language => Stale(q, language)))], 0, []);
        }

        if (outcome.Refusal is { } refusal)
        {
            var problem = outcome.QuestionId is { } id && byId.ContainsKey(id)
                ? read.At(id, refusal.ToString(), _ => $"{id}: {RoundText.Refusal(refusal)}")
                : new RoundFileProblem(null, null, null, refusal.ToString(), _ => RoundText.Refusal(refusal));
            return RoundFileImport.Refused(refusal, problem);
        }

        return new RoundFileImport(null, [], inputs.Count, read.Blank);
    }

    /// <summary>A file read, before anything is stored: its answers and blank questions, or its problems; <see cref="At"/> places a problem of one question.</summary>
    private sealed record FileRead(IReadOnlyList<AssessmentAnswer> Answers, IReadOnlyList<string> Blank, IReadOnlyList<RoundFileProblem> Problems, RoundFileKey? Key)
    {
        public Func<string, string, Func<Language, string>, RoundFileProblem> At { get; init; } = (_, code, message) => new(null, null, null, code, message);

        public static FileRead Rejected(IReadOnlyList<RoundFileProblem> problems) => new([], [], problems, null);
    }

    private FileRead ReadWorkbook(SiteEntity site, AssessmentRound round, byte[] content)
    {
        var (identity, identityProblems) = AssessmentWorkbook.ReadIdentity(new MemoryStream(content, writable: false), catalog);
        if (identity is null)
        {
            return FileRead.Rejected([.. identityProblems.Select(RoundFileProblem.Of)]);
        }

        // A file of another round, or none of ours, is checked against this round's own key: the reader names it foreign at its cell.
        var key = RoundFileKey.Parse(identity.Round) is { } k && k.Number == round.Number ? k : RoundFileKey.For(round.Number, new RoundActor(null, "-", null, true), true, time.GetUtcNow());
        var questions = Asked(key.Questions(round));
        var result = AssessmentWorkbook.Read(new MemoryStream(content, writable: false), Sheet(site, round, key, questions), catalog);
        if (!result.Succeeded)
        {
            return FileRead.Rejected([.. result.Problems.Select(RoundFileProblem.Of)]);
        }

        // A refusal of one question points at its row's level cell, on the questions sheet in the file's language.
        var rows = questions.Select((q, i) => (q.Id, Row: i + WorkbookLayout.FirstRow)).ToDictionary(x => x.Id, x => x.Row.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal);
        var sheetName = AssessmentExcelText.Both("SheetQuestions").Get(FileLanguage(content));
        return new FileRead(result.Answers, result.Unanswered, [], key) { At = (id, code, message) => new(sheetName, "F" + rows[id], null, code, message) };
    }

    private static FileRead ReadYaml(SiteEntity site, AssessmentRound round, string fileName, byte[] content)
    {
        var read = AssessmentFileReader.Read(new MemoryStream(content, writable: false), fileName);
        if (!read.Succeeded)
        {
            return FileRead.Rejected([.. read.Diagnostics.Where(d => d.Severity == Severity.Error).Select(RoundFileProblem.Of)]);
        }

        var document = read.Document!;
        var checks = AssessmentFileCheck.Against(document, fileName, site.Key, [.. round.Questions.Select(q => q.QuestionId)]).ToList();
        var key = RoundFileKey.Parse(document.Round.Id);
        if (checks.Count == 0 && (key is null || key.Number != round.Number))
        {
            checks.Add(new Diagnostic(Severity.Error, new SourceLocation(fileName, 0, 0), "round.id", new Message("AssessmentOtherRound", document.Round.Id ?? "-", round.Number)));
        }

        if (checks.Count > 0)
        {
            return FileRead.Rejected([.. checks.Select(RoundFileProblem.Of)]);
        }

        var lines = document.Answers.ToDictionary(a => a.Question, a => a.Location, StringComparer.Ordinal);
        var answered = document.Answers.Select(a => a.ToAnswer()).OfType<AssessmentAnswer>().ToList();
        var blank = document.Answers.Where(a => !a.IsAnswered).Select(a => a.Question).ToList();
        return new FileRead(answered, blank, [], key) { At = (id, code, message) => new(null, null, lines.GetValueOrDefault(id), code, message) };
    }

    /// <summary>What the workbook's identity sheet says its language is (the questions sheet is named in it).</summary>
    private Language FileLanguage(byte[] content)
    {
        var (values, _) = WorkbookReader.ReadIdentity(new MemoryStream(content, writable: false), AssessmentLayout.Definition(catalog.AchievementScale), null);
        return values?.GetValueOrDefault(WorkbookLayout.LanguageKey) == "en" ? Language.En : Language.Ja;
    }

    private static string Stale(RoundQuestion now, Language language) =>
        string.Format(language.Culture(), WebText.ResourceManager.GetString(nameof(WebText.AssessmentFileStale), language.Culture())!, now.QuestionId, now.AnsweredBy ?? now.ReviewedBy ?? "-");

    /// <summary>The questions as the core asks them (a row whose checklist item left the catalogue is left out, as in the scores).</summary>
    private List<AssessmentQuestion> Asked(IReadOnlyList<RoundQuestion> questions)
    {
        var items = catalog.Checklist.ToDictionary(i => i.Id, StringComparer.Ordinal);
        return [.. questions.Where(q => items.ContainsKey(q.ItemId)).Select(q => new AssessmentQuestion(q.QuestionId, items[q.ItemId], q.Zone))];
    }

    private static AssessmentSheet Sheet(SiteEntity site, AssessmentRound round, RoundFileKey key, IReadOnlyList<AssessmentQuestion> questions) =>
        new(site.Key, site.Name ?? site.Key, key.ToString(), round.Title, round.DueDate, RoundCore.Scope(round), questions, []);

    private static AssessmentFileAnswer Entry(RoundQuestion q) =>
        q.IsAnswered
            ? AssessmentFileAnswer.From(RoundCore.Answer(q)) with { AnsweredBy = q.AnsweredBy, AnsweredAt = q.AnsweredAt }
            : AssessmentFileAnswer.Blank(q.QuestionId);
}
