using FactoryCps.Diagnostics;
using FactoryCps.Localization;

namespace FactoryCps.Suppliers.Questionnaires;

/// <summary>Why a questionnaire item is still open.</summary>
internal enum OpenPointReason
{
    /// <summary>Flagged by the security department; blocking or not (<see cref="OpenPoint.Blocking"/>).</summary>
    Flagged,

    /// <summary>A <c>partly</c> or <c>no</c> answer accepted on a condition (the judgement's note) to be carried out.</summary>
    Condition,

    /// <summary>The supplier has not answered and nobody has judged the gap yet.</summary>
    Unanswered,
}

/// <summary>
/// An open point of a questionnaire, described so that it can become an action in the site's plan: the item, its
/// question text, why it is open, the answer given (if any) and the reviewer's note.
/// </summary>
internal sealed record OpenPoint(string ItemId, LocalizedText Text, OpenPointReason Reason, AnswerChoice? Choice, string? Note, bool Blocking)
{
    /// <summary>The action's title in both languages, e.g. "Supplier answer flagged: Is a support period stated?".</summary>
    public LocalizedText ActionTitle => new Message("SupplierAction" + Reason, Text).ToText();
}
