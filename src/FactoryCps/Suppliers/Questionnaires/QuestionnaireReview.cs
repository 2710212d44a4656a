using FactoryCps.Diagnostics;

namespace FactoryCps.Suppliers.Questionnaires;

/// <summary>
/// The answers to one questionnaire and the security department's judgement of them. It guards its own rules
/// (docs/suppliers.md, "Scoring rules"): answers only to its questions, no acceptance of a missing answer, a note
/// for every flag and for every accepted <c>partly</c> / <c>no</c>, a changed answer is judged again, and nothing
/// changes once closed. A stored review is restored through the same checks.
/// </summary>
internal sealed class QuestionnaireReview
{
    private readonly Dictionary<string, QuestionnaireQuestion> _questions;
    private readonly Dictionary<string, SupplierAnswer> _answers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AnswerJudgement> _judgements = new(StringComparer.Ordinal);

    /// <exception cref="ArgumentException">A question's item id is repeated.</exception>
    /// <exception cref="QuestionnaireRuleException">A stored answer or judgement breaks a rule.</exception>
    public QuestionnaireReview(
        SupplyRequest request,
        IReadOnlyList<QuestionnaireQuestion> questions,
        IEnumerable<SupplierAnswer>? answers = null,
        IEnumerable<AnswerJudgement>? judgements = null,
        DateOnly? closedOn = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(questions);
        Request = request;
        Questions = questions;
        _questions = new Dictionary<string, QuestionnaireQuestion>(StringComparer.Ordinal);
        foreach (var question in questions)
        {
            if (!_questions.TryAdd(question.ItemId, question))
            {
                throw new ArgumentException($"Question '{question.ItemId}' appears twice in the questionnaire.", nameof(questions));
            }
        }

        foreach (var answer in answers ?? [])
        {
            if (_answers.ContainsKey(answer.ItemId))
            {
                throw Rule("SupplierRuleDuplicateAnswer", answer.ItemId);
            }

            Answer(answer);
        }

        foreach (var judgement in judgements ?? [])
        {
            Judge(judgement);
        }

        if (closedOn is { } date)
        {
            Close(date);
        }
    }

    public SupplyRequest Request { get; }

    /// <summary>The questions in questionnaire order.</summary>
    public IReadOnlyList<QuestionnaireQuestion> Questions { get; }

    /// <summary>The date the review was closed; null while open.</summary>
    public DateOnly? ClosedOn { get; private set; }

    public IReadOnlyCollection<SupplierAnswer> Answers => _answers.Values;

    public IReadOnlyCollection<AnswerJudgement> Judgements => _judgements.Values;

    public SupplierAnswer? AnswerTo(string itemId) => _answers.GetValueOrDefault(itemId);

    public AnswerJudgement? JudgementOf(string itemId) => _judgements.GetValueOrDefault(itemId);

    /// <summary>Records or replaces the supplier's answer. A different choice or comment withdraws the judgement of the old one.</summary>
    public void Answer(SupplierAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        EnsureOpen();
        EnsureKnown(answer.ItemId);
        if (_answers.TryGetValue(answer.ItemId, out var old) && old.Choice == answer.Choice && SameComment(old.Comment, answer.Comment))
        {
            return;
        }

        _answers[answer.ItemId] = answer;
        _judgements.Remove(answer.ItemId);
    }

    /// <summary>Accepts an answer; <paramref name="condition"/> is required for <c>partly</c> and <c>no</c>.</summary>
    public void Accept(string itemId, string? condition = null) => Judge(new AnswerJudgement(itemId, JudgementKind.Accepted, condition));

    /// <summary>Flags an answer, or a missing one, with the reason; a blocking flag makes the item not acceptable.</summary>
    public void Flag(string itemId, string reason, bool blocking = false) => Judge(new AnswerJudgement(itemId, JudgementKind.Flagged, reason, blocking));

    public void Judge(AnswerJudgement judgement)
    {
        ArgumentNullException.ThrowIfNull(judgement);
        EnsureOpen();
        EnsureKnown(judgement.ItemId);
        var note = string.IsNullOrWhiteSpace(judgement.Note) ? null : judgement.Note.Trim();
        if (note?.Length > AnswerJudgement.MaxNoteLength)
        {
            throw Rule("SupplierRuleNoteTooLong", judgement.ItemId, note.Length, AnswerJudgement.MaxNoteLength);
        }

        var answer = AnswerTo(judgement.ItemId);
        if (judgement.Kind == JudgementKind.Flagged)
        {
            if (note is null)
            {
                throw Rule("SupplierRuleFlagNeedsReason", judgement.ItemId);
            }
        }
        else if (answer is null)
        {
            throw Rule("SupplierRuleAcceptNeedsAnswer", judgement.ItemId);
        }
        else if (answer.Choice is AnswerChoice.Partly or AnswerChoice.No && note is null)
        {
            throw Rule("SupplierRuleAcceptNeedsCondition", judgement.ItemId, answer.Choice.Code());
        }

        _judgements[judgement.ItemId] = judgement with { Note = note, Blocking = judgement.Kind == JudgementKind.Flagged && judgement.Blocking };
    }

    /// <summary>Closes the review; only a complete one (every question judged) can be closed.</summary>
    public void Close(DateOnly on)
    {
        EnsureOpen();
        if (Verdict == ReviewVerdict.Incomplete)
        {
            throw Rule("SupplierRuleCloseIncomplete", Questions.Count - _judgements.Count);
        }

        ClosedOn = on;
    }

    public ReviewVerdict Verdict
    {
        get
        {
            if (Questions.Any(q => !_judgements.ContainsKey(q.ItemId)))
            {
                return ReviewVerdict.Incomplete;
            }

            if (_judgements.Values.Any(j => j.Blocking))
            {
                return ReviewVerdict.NotAcceptable;
            }

            return OpenPoints.Count > 0 ? ReviewVerdict.AcceptableWithConditions : ReviewVerdict.Acceptable;
        }
    }

    /// <summary>The questions the supplier answered (not-applicable counts), out of all, for the request's category and phase.</summary>
    public ReviewCoverage Coverage => new(Request.Category, Request.Phase, Questions.Count(q => _answers.ContainsKey(q.ItemId)), Questions.Count);

    /// <summary>
    /// What remains to do, in questionnaire order: flagged answers (or gaps), accepted <c>partly</c> / <c>no</c>
    /// answers with their condition, and unanswered questions nobody judged. Answers awaiting judgement are not
    /// open points yet: the verdict says the review is incomplete.
    /// </summary>
    public IReadOnlyList<OpenPoint> OpenPoints => [.. Questions.Select(OpenPointOf).OfType<OpenPoint>()];

    private OpenPoint? OpenPointOf(QuestionnaireQuestion question)
    {
        var answer = AnswerTo(question.ItemId);
        var judgement = JudgementOf(question.ItemId);
        OpenPointReason? reason = judgement switch
        {
            { Kind: JudgementKind.Flagged } => OpenPointReason.Flagged,
            { Kind: JudgementKind.Accepted } when answer?.Choice is AnswerChoice.Partly or AnswerChoice.No => OpenPointReason.Condition,
            null when answer is null => OpenPointReason.Unanswered,
            _ => null,
        };
        return reason is { } r
            ? new OpenPoint(question.ItemId, question.Text, r, answer?.Choice, judgement?.Note, judgement?.Blocking ?? false)
            : null;
    }

    private void EnsureOpen()
    {
        if (ClosedOn is { } closed)
        {
            throw Rule("SupplierRuleClosed", closed.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private void EnsureKnown(string itemId)
    {
        if (!_questions.ContainsKey(itemId))
        {
            throw Rule("SupplierRuleUnknownItem", itemId);
        }
    }

    private static bool SameComment(string? a, string? b) =>
        string.Equals(a?.Trim() ?? "", b?.Trim() ?? "", StringComparison.Ordinal);

    private static QuestionnaireRuleException Rule(string key, params object?[] args) => new(new Message(key, args));
}
