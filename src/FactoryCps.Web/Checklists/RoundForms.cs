using FactoryCps.Web.Accounts;

namespace FactoryCps.Web.Checklists;

/// <summary>A new round as sent by the page or the API, checked: the first wrong field is named (title, dueDate, scope, assignments).</summary>
internal static class RoundForms
{
    public const int MaxAssignments = 500;

    public static (NewRound? Input, string? Field) Check(NewRoundBody body, RoundWords words)
    {
        var title = body.Title?.Trim() ?? "";
        if (title.Length is 0 or > AssessmentRound.MaxTitle)
        {
            return (null, "title");
        }

        if (body.DueDate is not { } due)
        {
            return (null, "dueDate");
        }

        var scope = body.Scope ?? new RoundScopeDto([], [], []);
        if (scope.Steps.Any(s => !words.IsStep(s)) || scope.Groups.Any(g => !words.IsGroup(g)) || scope.Zones.Any(z => string.IsNullOrWhiteSpace(z) || z.Contains(' ', StringComparison.Ordinal)))
        {
            return (null, "scope");
        }

        var assignments = body.Assignments ?? [];
        if (assignments.Count > MaxAssignments || assignments.Any(a => Bad(a, words)))
        {
            return (null, "assignments");
        }

        return (new NewRound(
            title,
            new FactoryCps.Checklists.AssessmentScope([.. scope.Zones.Distinct()], [.. scope.Steps.Distinct()], [.. scope.Groups.Distinct()]),
            due,
            body.Prefill,
            [.. assignments.Select(a => new Assignment(a.Step, a.Group, a.Zone, Blank(a.User), Blank(a.Role)))]), null);
    }

    private static bool Bad(AssignmentBody a, RoundWords words) =>
        (Blank(a.User) is null) == (Blank(a.Role) is null) // exactly one of a person and a role
        || (Blank(a.Role) is { } role && !SiteRoles.Permissions.ContainsKey(role))
        || a.User?.Length > 256
        || (a.Step is not null && !words.IsStep(a.Step))
        || (a.Group is not null && !words.IsGroup(a.Group));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
