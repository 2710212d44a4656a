using System.Globalization;

namespace FactoryCps.Web.Reviews;

/// <summary>
/// A review's page form as the body the API takes: rows named <c>participants[i].name</c> and <c>actions[i].title</c>,
/// so the same checks (<see cref="ReviewInputsForm"/>) name the same fields for both.
/// </summary>
internal static class ReviewFormReader
{
    public static ReviewBody Read(IFormCollection form)
    {
        var participants = Rows(form, "participants", i => new ParticipantBody(form[$"participants[{i}].name"], form[$"participants[{i}].role"]));
        var actions = Rows(form, "actions", i => new ActionBody(form[$"actions[{i}].title"], form[$"actions[{i}].owner"], Date(form[$"actions[{i}].dueDate"])));
        return new ReviewBody(form["kind"], Date(form["heldOn"]), Date(form["nextReview"]), form["decisions"], form["bcpRechecked"] == "true", participants, actions);
    }

    /// <summary>The rows the form has, by their highest index (bounded, so a hostile form cannot make a long loop).</summary>
    private static List<T> Rows<T>(IFormCollection form, string name, Func<int, T> row)
    {
        var prefix = name + "[";
        var count = form.Keys
            .Where(k => k.StartsWith(prefix, StringComparison.Ordinal) && k.IndexOf(']', StringComparison.Ordinal) > prefix.Length)
            .Select(k => int.TryParse(k[prefix.Length..k.IndexOf(']', StringComparison.Ordinal)], NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i + 1 : 0)
            .DefaultIfEmpty(0)
            .Max();
        return [.. Enumerable.Range(0, Math.Min(count, ReviewInputsForm.MaxRows + 10)).Select(row)];
    }

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
