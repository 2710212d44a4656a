namespace FactoryCps.Provenance;

/// <summary>
/// Why a derived value is what it is: the subject and claim, the rule that produced it, and the values it
/// came from. Rendered as a chain: "zone control-line1 importance 3 ← asset plc-line1 importance 3 ← …".
/// </summary>
internal sealed record Explanation(string Subject, string Claim, string Rule, IReadOnlyList<Explanation> Because)
{
    public static Explanation Leaf(string subject, string claim, string rule) => new(subject, claim, rule, []);

    public string Statement => $"{Subject} {Claim}";

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
