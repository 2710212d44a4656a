using System.Globalization;
using FactoryCps.Checklists;
using FactoryCps.Documents;
using FactoryCps.Localization;
using FactoryCps.Reports;

namespace FactoryCps.Reviews;

/// <summary>A review as its record holds it, without the store's ids: what the report's head, decisions and actions print.</summary>
internal sealed record ReviewReportHead(
    string Site,
    int Number,
    string Kind,
    DateOnly HeldOn,
    DateOnly NextReview,
    DateTimeOffset? ClosedAt,
    string? ClosedBy,
    string? Decisions,
    bool BcpRechecked,
    IReadOnlyList<ReviewReportParticipant> Participants,
    IReadOnlyList<ReviewReportAction> Actions);

internal sealed record ReviewReportParticipant(string Name, string? Role);

/// <summary>An action the review decided; <see cref="DoneAt"/> is null while it is open.</summary>
internal sealed record ReviewReportAction(string Title, string? Owner, DateOnly? Due, DateTimeOffset? DoneAt);

/// <summary>
/// One PDCA review as a printable document for the meeting and for management (<see cref="TextDocument"/>, written as
/// A4 HTML and Word by <c>Documents/</c>): its head, the inputs gathered for its period, the decisions and actions, the
/// self-assessment scores over time, the next review and lines to sign. Every word comes from <c>Resources/ReviewText</c>
/// in the document's language; catalogue text keeps its mark (〔要約〕) and our own sentences carry 〔FactoryCPS〕 ([FactoryCPS] in English).
/// </summary>
internal static partial class ReviewReport
{
    /// <summary>
    /// The report of <paramref name="head"/> with its <paramref name="inputs"/> (null when they could not be gathered),
    /// the site's closed rounds (those closed by the review's end are drawn), named and worded by <paramref name="words"/>.
    /// </summary>
    public static TextDocument Build(ReviewReportHead head, ReviewInputs? inputs, IReadOnlyList<RoundFact> rounds, ReportContext words, string version, DateOnly madeOn)
    {
        var language = words.Language;
        Say L = (string key, params object?[] args) => ReviewWords.Text("Report_" + key, language, args);

        var meta = new List<(string, string)>
        {
            (L("Site"), head.Site),
            (L("Number"), Number(head.Number)),
            (L("HeldOn"), Day(head.HeldOn)),
            (L("Kind"), ReviewWords.Kind(head.Kind, language)),
            (L("State"), head.ClosedAt is { } closed ? L("StateClosed", Day(closed), head.ClosedBy) : L("StateOpen")),
        };
        if (inputs is not null)
        {
            meta.Add((L("Period"), inputs.Period.From is { } from ? L("PeriodSince", Day(from), Day(inputs.Period.To)) : L("PeriodFirst", Day(inputs.Period.To))));
        }

        meta.Add((L("NextReviewLabel"), Day(head.NextReview)));
        var to = inputs?.Period.To ?? head.ClosedAt ?? DateTimeOffset.MaxValue;
        return new TextDocument(
            language,
            L("Title"),
            L("Subtitle", head.Site, Number(head.Number), Day(head.HeldOn)),
            meta,
            [
                new DocumentSection("Report_Participants", L("Participants"), Participants(head, L)),
                new DocumentSection("Report_Inputs", L("Inputs"), inputs is null ? [new Paragraph(L("InputsNone"))] : Inputs(inputs, words, L)),
                new DocumentSection("Report_Decisions", L("Decisions"), Decisions(head, L)),
                new DocumentSection("Report_Actions", L("Actions"), Actions(head, words, L)),
                new DocumentSection("Report_Scores", L("Scores"), Scores([.. rounds.Where(r => r.ClosedAt <= to).OrderBy(r => r.ClosedAt).ThenBy(r => r.Number)], language, L)),
                new DocumentSection("Report_NextReview", L("NextReview"), [new Paragraph(Ours(L("NextReviewOn", Day(head.NextReview)), L))]),
                new DocumentSection("Report_SignOff", L("SignOff"), SignOff(L)),
            ],
            L("Footer", version, Day(madeOn)));
    }

    /// <summary>The report's words in its language: <c>Report_</c> keys of <c>Resources/ReviewText</c>.</summary>
    private delegate string Say(string key, params object?[] args);

    private static List<DocumentBlock> Participants(ReviewReportHead head, Say l) =>
        head.Participants.Count == 0
            ? [new Paragraph(l("None"))]
            : [new Table([l("Name"), l("Role")], [.. head.Participants.Select(p => (IReadOnlyList<string>)[p.Name, p.Role ?? ""])])];

    /// <summary>The decisions as recorded, a paragraph per line the participants wrote.</summary>
    private static List<DocumentBlock> Decisions(ReviewReportHead head, Say l)
    {
        var lines = (head.Decisions ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        List<DocumentBlock> blocks = lines.Length == 0 ? [new Paragraph(l("None"))] : [.. lines.Select(line => new Paragraph(line))];
        blocks.Add(new Paragraph(Ours(l(head.BcpRechecked ? "BcpRechecked" : "BcpNotRechecked", []), l)));
        return blocks;
    }

    private static List<DocumentBlock> Actions(ReviewReportHead head, ReportContext words, Say l) =>
        head.Actions.Count == 0
            ? [new Paragraph(l("None"))]
            : [new Table(
                [l("ActionTitle"), l("Owner"), l("Due"), l("Done")],
                [.. head.Actions.Select(a => (IReadOnlyList<string>)[a.Title, a.Owner is null ? "" : words.Named(a.Owner), a.Due is { } due ? Day(due) : "", a.DoneAt is { } done ? l("DoneOn", Day(done)) : l("NotDone")])])];

    /// <summary>The site's score per closed round: the trend chart the assessments page draws, and its numbers as a table (a printed chart's values, and all the Word file shows).</summary>
    private static List<DocumentBlock> Scores(IReadOnlyList<RoundFact> rounds, Language language, Say l)
    {
        if (rounds.Count == 0)
        {
            return [new Paragraph(l("ScoresNone"))];
        }

        var chart = AssessmentTrendChart.Draw([.. rounds.Select(r => new TrendPoint(r.Title, DateOnly.FromDateTime(r.ClosedAt.UtcDateTime), r.SiteScore))], language);
        return
        [
            new Figure(chart.Svg, chart.Label),
            new Table([l("Round"), l("RoundClosed"), l("SiteScore")], [.. rounds.Select(r => (IReadOnlyList<string>)[r.Title, Day(r.ClosedAt), ChecklistWords.Percent(r.SiteScore, language)])]),
        ];
    }

    /// <summary>Lines for the plant manager and the executive to sign the printed report: name, date and signature are left empty.</summary>
    private static List<DocumentBlock> SignOff(Say l) =>
    [
        new Table(
            [l("Role"), l("Name"), l("Date"), l("Signature")],
            [[l("SignPlantManager"), "", "", ""], [l("SignExecutive"), "", "", ""]]),
    ];

    /// <summary>A sentence of ours (not the guideline's, not a participant's), marked so.</summary>
    private static string Ours(string sentence, Say l) => $"{sentence} {l("Ours")}";

    private static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Day(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
