namespace FactoryCps.Suppliers.Questionnaires;

/// <summary>How an item's answer moved from the last round to this one.</summary>
public enum AnswerChangeKind
{
    /// <summary>Answered now, not in the last round (a new question, or one left open last time).</summary>
    New,

    /// <summary>Answered in the last round, not now (a dropped question, or one left open this time).</summary>
    Removed,

    /// <summary>Same choice, same comment.</summary>
    Unchanged,

    /// <summary>A better choice (yes &gt; partly &gt; no).</summary>
    Improved,

    /// <summary>A worse choice.</summary>
    Worsened,

    /// <summary>
    /// Changed to or from not-applicable: neither better nor worse, but the scope the supplier claims changed, so a
    /// reviewer looks at it.
    /// </summary>
    ApplicabilityChanged,

    /// <summary>Same choice, different comment.</summary>
    CommentChanged,
}

/// <summary>One item's change; <paramref name="CommentChanged"/> is also set alongside a change of choice.</summary>
internal sealed record AnswerChange(string ItemId, AnswerChangeKind Kind, SupplierAnswer? Previous, SupplierAnswer? Current, bool CommentChanged);

/// <summary>Compares a new round of answers with the last one (docs/suppliers.md, "Comparison").</summary>
internal static class AnswerComparison
{
    /// <summary>
    /// One change per item answered in either round: the current round's items in its order, then the items only
    /// the previous round answered, in that round's order. Comments compare trimmed, an empty one as none.
    /// </summary>
    /// <exception cref="ArgumentException">A round answers the same item twice.</exception>
    public static IReadOnlyList<AnswerChange> Compare(IEnumerable<SupplierAnswer> previous, IEnumerable<SupplierAnswer> current)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        var (beforeInOrder, before) = ByItem(previous, nameof(previous));
        var (nowInOrder, now) = ByItem(current, nameof(current));
        var changes = new List<AnswerChange>();
        foreach (var answer in nowInOrder)
        {
            changes.Add(before.TryGetValue(answer.ItemId, out var old) ? Change(old, answer) : new AnswerChange(answer.ItemId, AnswerChangeKind.New, null, answer, false));
        }

        changes.AddRange(beforeInOrder
            .Where(a => !now.ContainsKey(a.ItemId))
            .Select(a => new AnswerChange(a.ItemId, AnswerChangeKind.Removed, a, null, false)));
        return changes;
    }

    /// <summary>Yes 2, partly 1, no 0; not-applicable has no rank.</summary>
    public static int? Rank(AnswerChoice choice) => choice switch
    {
        AnswerChoice.Yes => 2,
        AnswerChoice.Partly => 1,
        AnswerChoice.No => 0,
        _ => null,
    };

    private static AnswerChange Change(SupplierAnswer old, SupplierAnswer now)
    {
        var commentChanged = !string.Equals(Normal(old.Comment), Normal(now.Comment), StringComparison.Ordinal);
        var kind = (Rank(old.Choice), Rank(now.Choice)) switch
        {
            _ when old.Choice == now.Choice => commentChanged ? AnswerChangeKind.CommentChanged : AnswerChangeKind.Unchanged,
            ({ } a, { } b) => b > a ? AnswerChangeKind.Improved : AnswerChangeKind.Worsened,
            _ => AnswerChangeKind.ApplicabilityChanged,
        };
        return new AnswerChange(now.ItemId, kind, old, now, commentChanged);
    }

    private static string Normal(string? comment) => comment?.Trim() ?? "";

    private static (List<SupplierAnswer> InOrder, Dictionary<string, SupplierAnswer> ById) ByItem(IEnumerable<SupplierAnswer> answers, string name)
    {
        var inOrder = answers.ToList();
        var byId = new Dictionary<string, SupplierAnswer>(StringComparer.Ordinal);
        foreach (var answer in inOrder)
        {
            if (!byId.TryAdd(answer.ItemId, answer))
            {
                throw new ArgumentException($"Item '{answer.ItemId}' is answered twice.", name);
            }
        }

        return (inOrder, byId);
    }
}
