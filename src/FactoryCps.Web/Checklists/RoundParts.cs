namespace FactoryCps.Web.Checklists;

/// <summary>
/// A round's questions in parts a person answers together, each with its own form: a step's own questions, or a
/// countermeasure group's (per zone when the questions are per zone). A round of a large site has hundreds of
/// questions; a page shows the list of parts and one part's questions.
/// </summary>
internal sealed record RoundPart(string Key, string Step, string? Group, string? Zone, IReadOnlyList<RoundQuestion> Questions)
{
    public static string KeyOf(RoundQuestion q) => q.Group is null ? "s:" + q.Step : q.Zone is null ? "g:" + q.Group : $"g:{q.Group}@{q.Zone}";

    public static IReadOnlyList<RoundPart> Of(IEnumerable<RoundQuestion> questions) =>
        [.. questions.OrderBy(q => q.Position).GroupBy(KeyOf, StringComparer.Ordinal)
            .Select(g => new RoundPart(g.Key, g.First().Step, g.First().Group, g.First().Zone, [.. g]))];

    /// <summary>The filters of the answering page: everything, the person's own questions, the unanswered ones.</summary>
    public static IEnumerable<RoundQuestion> Filter(IEnumerable<RoundQuestion> questions, string? show, RoundActor actor) => show switch
    {
        "mine" => questions.Where(q => string.Equals(q.AssigneeUser, actor.UserName, StringComparison.OrdinalIgnoreCase) || (q.AssigneeRole is not null && q.AssigneeRole == actor.Role)),
        "unanswered" => questions.Where(q => !q.IsAnswered || q.Review == RoundQuestion.AskedAgain),
        _ => questions,
    };
}
