namespace FactoryCps.Checklists.Excel;

/// <summary>
/// What a self-assessment workbook is made from and checked against: the site (id and name), the round (a key
/// that names it — the stored round's id in the web, <c>template</c> for a file made on the command line — its
/// title and due date), the scope it was made for, the questions in order and the answers already given
/// (pre-filled, so a second pass is an update rather than a retype). <see cref="ZoneNames"/> are shown beside
/// per-zone questions.
/// </summary>
internal sealed record AssessmentSheet(
    string Site,
    string SiteName,
    string Round,
    string Title,
    DateOnly? Due,
    AssessmentScope Scope,
    IReadOnlyList<AssessmentQuestion> Questions,
    IReadOnlyList<AssessmentAnswer> Answers)
{
    public IReadOnlyDictionary<string, string> ZoneNames { get; init; } = new Dictionary<string, string>();
}
