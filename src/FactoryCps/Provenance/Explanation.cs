namespace FactoryCps.Provenance;

/// <summary>
/// Why a derived value is what it is: the subject and claim, the rule that produced it, and the values it
/// came from. Rendered as a chain: "zone control-line1 importance 3 ← asset plc-line1 importance 3 ← …", and in
/// words by <see cref="ExplanationSentence"/>. <see cref="Subject"/> is always "{kind} {id}"; a claim about a
/// value says which (<see cref="Measure"/>) and the value itself (<see cref="Value"/>), so that the sentence
/// never has to read them back out of the chain's text.
/// </summary>
internal sealed record Explanation(string Subject, string Claim, string Rule, IReadOnlyList<Explanation> Because)
{
    /// <summary>The <see cref="Rule"/> of a level raise is this prefix and the raise's id.</summary>
    public const string LevelRaisePrefix = "level-raise:";

    public static Explanation Leaf(string subject, string claim, string rule) => new(subject, claim, rule, []);

    /// <summary>A claim of a value: "{measure} {value}", with the measure and value kept for the sentence.</summary>
    public static Explanation OfValue(string subject, string measure, int value, string rule, IReadOnlyList<Explanation> because) =>
        new(subject, $"{measure} {value}", rule, because) { Measure = measure, Value = value };

    /// <summary>What the claim gives a value of: "importance", "targetLevel" or "impact.{axis}"; null for a matched condition.</summary>
    public string? Measure { get; init; }

    /// <summary>The value claimed; null for a matched condition (the claim is then the rule's condition).</summary>
    public int? Value { get; init; }

    public string Statement => $"{Subject} {Claim}";

    /// <summary>The kind of element the subject is: "zone", "asset", "operation", "dataFlow", ….</summary>
    public string SubjectKind => Subject.IndexOf(' ', StringComparison.Ordinal) is var space and >= 0 ? Subject[..space] : Subject;

    /// <summary>The model id of the subject.</summary>
    public string SubjectId => Subject.IndexOf(' ', StringComparison.Ordinal) is var space and >= 0 ? Subject[(space + 1)..] : "";

    /// <summary>The statement and, for each step back, the first (deciding) cause.</summary>
    public string Chain()
    {
        var parts = new List<string>();
        for (var current = this; current is not null; current = current.Because.Count > 0 ? current.Because[0] : null)
        {
            parts.Add(current.Statement);
        }

        return string.Join(" ← ", parts);
    }
}
