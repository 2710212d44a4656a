using System.Globalization;
using FactoryCps.Catalog;
using FactoryCps.Guideline;
using FactoryCps.Localization;
using FactoryCps.Workbooks;

namespace FactoryCps.Checklists.Excel;

/// <summary>
/// The self-assessment workbook as a <see cref="WorkbookDefinition"/> (docs/workbooks.md): identity (site, round,
/// scope), one row per question with its step, subject, zone and text, the level chosen from the catalogue's
/// achievement scale or "not applicable", the reason that goes with not applicable, and a comment.
/// </summary>
internal static class AssessmentLayout
{
    /// <summary>Marks the identity sheet's layout; a later layout change gets a new value.</summary>
    public const string FormatMarker = "factorycps-self-assessment-xlsx/1";

    public const string SiteKey = "site";
    public const string RoundKey = "round";
    public const string ScopeKey = "scope";
    public const string StepColumn = "step";
    public const string SubjectColumn = "subject";
    public const string ZoneColumn = "zone";
    public const string QuestionColumn = "question";
    public const string LevelColumn = "level";
    public const string ReasonColumn = "reason";
    public const string CommentColumn = "comment";

    /// <summary>The level column's code for "not applicable", as the YAML file spells it.</summary>
    public const string NotApplicableCode = "na";

    /// <summary>The declaration for a catalogue's achievement scale (an overlay may name the levels otherwise).</summary>
    public static WorkbookDefinition Definition(IReadOnlyList<ScaleLevel> scale) => new(
        FormatMarker,
        [
            IdentityField.Name(SiteKey, AssessmentExcelText.Both("AboutSite"), IdentityRole.Subject),
            IdentityField.Name(RoundKey, AssessmentExcelText.Both("AboutRound"), IdentityRole.Subject),
            new IdentityField(ScopeKey, AssessmentExcelText.Both("AboutScope"), IdentityRole.Subject, text => AssessmentScopeText.Parse(text) is { } s ? AssessmentScopeText.Write(s) : null),
        ],
        AssessmentExcelText.Both("SheetQuestions"),
        [
            WorkbookColumn.RowKey("question-id", AssessmentExcelText.Both("ColQuestionId"), 34),
            WorkbookColumn.Shown(StepColumn, AssessmentExcelText.Both("ColStep"), 22),
            WorkbookColumn.Shown(SubjectColumn, AssessmentExcelText.Both("ColSubject"), 30),
            WorkbookColumn.Shown(ZoneColumn, AssessmentExcelText.Both("ColZone"), 18),
            WorkbookColumn.Shown(QuestionColumn, AssessmentExcelText.Both("ColQuestion"), 70, checkedOnImport: true),
            WorkbookColumn.Choice(LevelColumn, AssessmentExcelText.Both("ColLevel"), 20, Levels(scale)),
            WorkbookColumn.Text(ReasonColumn, AssessmentExcelText.Both("ColReason"), 36, AssessmentAnswer.MaxText, requires: LevelColumn, forChoice: NotApplicableCode),
            WorkbookColumn.Text(CommentColumn, AssessmentExcelText.Both("ColComment"), 50, AssessmentAnswer.MaxText, requires: LevelColumn),
        ],
        AssessmentExcelText.Both("SheetAbout"));

    /// <summary>"3 概ね実施" / "3 Largely done": the number stays visible beside the scale's word; then not applicable.</summary>
    public static IReadOnlyList<WorkbookChoice> Levels(IReadOnlyList<ScaleLevel> scale) =>
    [
        .. scale.OrderBy(l => l.Value).Select(l => new WorkbookChoice(
            l.Value.ToString(CultureInfo.InvariantCulture),
            new LocalizedText(Label(l, Language.Ja), Label(l, Language.En)))),
        new WorkbookChoice(NotApplicableCode, AssessmentExcelText.Both("NotApplicable")),
    ];

    /// <summary>The workbook of a round: one row per question, its answer pre-filled when there is one.</summary>
    public static WorkbookContent Content(AssessmentSheet sheet, GuidelineCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(catalog);
        var answers = sheet.Answers.GroupBy(a => a.QuestionId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var steps = catalog.Steps.ToDictionary(s => s.Id, s => s.Title, StringComparer.Ordinal);
        var points = catalog.Steps.SelectMany(s => s.AllPoints()).ToDictionary(p => p.Id, p => p.Title, StringComparer.Ordinal);
        var wholeSite = AssessmentExcelText.Both("WholeSite");
        var rows = sheet.Questions.Select(q => new WorkbookRow(q.Id, new Dictionary<string, LocalizedText>
        {
            [StepColumn] = steps.GetValueOrDefault(q.Step) ?? Same(q.Step),
            [SubjectColumn] = q.Countermeasure is { } c
                ? catalog.CountermeasuresById.GetValueOrDefault(c)?.Title ?? Same(c)
                : points.GetValueOrDefault(q.Item.Subject) ?? Same(q.Item.Subject),
            [ZoneColumn] = q.Zone is { } zone ? Same(sheet.ZoneNames.GetValueOrDefault(zone) ?? zone) : wholeSite,
            [QuestionColumn] = q.Item.Question,
        })
        {
            Values = answers.GetValueOrDefault(q.Id) is { } answer ? Prefilled(answer) : new Dictionary<string, string>(),
        });
        var identity = new Dictionary<string, string>
        {
            [SiteKey] = sheet.Site,
            [RoundKey] = sheet.Round,
            [ScopeKey] = AssessmentScopeText.Write(sheet.Scope),
        };
        return new WorkbookContent(Definition(catalog.AchievementScale), sheet.Title, identity, [.. rows])
        {
            Notes = language => AssessmentInstructions.Build(sheet, catalog.AchievementScale, language),
        };
    }

    private static Dictionary<string, string> Prefilled(AssessmentAnswer answer)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (answer.NotApplicable)
        {
            values[LevelColumn] = NotApplicableCode;
            if (answer.Reason is { } reason)
            {
                values[ReasonColumn] = reason;
            }
        }
        else if (answer.Level is { } level)
        {
            values[LevelColumn] = level.ToString(CultureInfo.InvariantCulture);
        }

        if (answer.Comment is { } comment && values.ContainsKey(LevelColumn))
        {
            values[CommentColumn] = comment;
        }

        return values;
    }

    /// <summary>A dropdown's list cannot hold a comma or a quote; an overlay's label with one keeps its words.</summary>
    private static string Label(ScaleLevel level, Language language) =>
        $"{level.Value.ToString(CultureInfo.InvariantCulture)} {level.Label.Get(language)}".Replace(',', ' ').Replace('"', '\'');

    /// <summary>An id or a name typed by a person: the same in both languages.</summary>
    private static LocalizedText Same(string text) => new(text, text);
}
