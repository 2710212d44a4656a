namespace FactoryCps.Checklists.Excel;

/// <summary>
/// A scope as one line of the workbook's identity sheet (<c>zones=a,b;steps=step3</c>, or <c>all</c>), so that a
/// file tells the command line which questions it was made with; ids hold no <c>;</c>, <c>=</c> or <c>,</c>.
/// </summary>
internal static class AssessmentScopeText
{
    public const string All = "all";

    public static string Write(AssessmentScope scope) =>
        scope.IsAll
            ? All
            : string.Join(';', new[] { ("zones", scope.Zones), ("steps", scope.Steps), ("groups", scope.Groups) }
                .Where(p => p.Item2.Count > 0)
                .Select(p => $"{p.Item1}={string.Join(',', p.Item2)}"));

    /// <summary>The scope written by <see cref="Write"/>, or null when the text is not one.</summary>
    public static AssessmentScope? Parse(string text)
    {
        if (text == All)
        {
            return AssessmentScope.All;
        }

        var parts = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var part in text.Split(';'))
        {
            var pair = part.Split('=', 2);
            if (pair.Length != 2 || pair[0] is not ("zones" or "steps" or "groups") || pair[1].Length == 0 || !parts.TryAdd(pair[0], pair[1].Split(',')))
            {
                return null;
            }
        }

        return new AssessmentScope(parts.GetValueOrDefault("zones") ?? [], parts.GetValueOrDefault("steps") ?? [], parts.GetValueOrDefault("groups") ?? []);
    }
}
