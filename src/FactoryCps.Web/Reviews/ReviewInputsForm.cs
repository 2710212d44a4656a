using FactoryCps.Reviews;
using FactoryCps.Suppliers.Actions;

namespace FactoryCps.Web.Reviews;

/// <summary>One participant as the form or the API gives them.</summary>
internal sealed record ParticipantBody(string? Name, string? Role);

/// <summary>One action as the form or the API gives it.</summary>
internal sealed record ActionBody(string? Title, string? Owner, DateOnly? DueDate);

/// <summary>What the page's form and the API's body carry for a review's record (all of it: a save replaces the draft).</summary>
internal sealed record ReviewBody(
    string? Kind,
    DateOnly? HeldOn,
    DateOnly? NextReview,
    string? Decisions,
    bool BcpRechecked,
    IReadOnlyList<ParticipantBody>? Participants,
    IReadOnlyList<ActionBody>? Actions);

/// <summary>A checked draft: what the desk stores.</summary>
internal sealed record ReviewDraft(
    string Kind,
    DateOnly HeldOn,
    DateOnly NextReview,
    string? Decisions,
    bool BcpRechecked,
    IReadOnlyList<(string Name, string? Role)> Participants,
    IReadOnlyList<(string Title, string? Owner, DateOnly? DueDate)> Actions);

/// <summary>
/// Checks a review's body field by field: the first problem is named by its field (<c>participants[2].name</c>), so
/// the page can say where and the API can answer 400 with it. Blank rows of participants and actions are dropped (a
/// form always has some empty rows).
/// </summary>
internal static class ReviewInputsForm
{
    public const int MaxRows = 100;

    public static (ReviewDraft? Draft, string? Field) Check(ReviewBody body)
    {
        var kind = body.Kind?.Trim();
        if (!ReviewKinds.IsKnown(kind))
        {
            return (null, "kind");
        }

        if (body.HeldOn is not { } held)
        {
            return (null, "heldOn");
        }

        if (body.NextReview is not { } next || next <= held)
        {
            return (null, "nextReview");
        }

        var decisions = Trimmed(body.Decisions);
        if (decisions?.Length > ReviewRecord.MaxText)
        {
            return (null, "decisions");
        }

        var participants = new List<(string, string?)>();
        foreach (var (p, i) in (body.Participants ?? []).Select((p, i) => (p, i)))
        {
            var (name, role) = (Trimmed(p.Name), Trimmed(p.Role));
            if (name is null && role is null)
            {
                continue;
            }

            if (name is null || name.Length > ReviewRecord.MaxName || role?.Length > ReviewRecord.MaxName)
            {
                return (null, $"participants[{i}].{(name is null || name.Length > ReviewRecord.MaxName ? "name" : "role")}");
            }

            participants.Add((name, role));
        }

        var actions = new List<(string, string?, DateOnly?)>();
        foreach (var (a, i) in (body.Actions ?? []).Select((a, i) => (a, i)))
        {
            var (title, owner) = (Trimmed(a.Title), Trimmed(a.Owner));
            if (title is null && owner is null && a.DueDate is null)
            {
                continue;
            }

            if (title is null || title.Length > ReviewRecord.MaxName * 2)
            {
                return (null, $"actions[{i}].title");
            }

            if (owner?.Length > SupplierActionRules.MaxOwner)
            {
                return (null, $"actions[{i}].owner");
            }

            if (a.DueDate is { } due && due < held)
            {
                return (null, $"actions[{i}].dueDate");
            }

            actions.Add((title, owner, a.DueDate));
        }

        return participants.Count > MaxRows ? (null, "participants")
            : actions.Count > MaxRows ? (null, "actions")
            : (new ReviewDraft(kind!, held, next, decisions, body.BcpRechecked, participants, actions), null);
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
