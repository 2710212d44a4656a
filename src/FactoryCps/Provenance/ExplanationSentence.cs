using System.Globalization;
using FactoryCps.Localization;
using FactoryCps.Resources;

namespace FactoryCps.Provenance;

/// <summary>
/// An <see cref="Explanation"/> in a sentence of one language: the subject by its name, the claimed value in
/// words with the scale's label, and the rule by its description: the catalogue's for a rule of the catalogue,
/// this library's resources for the derivations written in code (importance from operations, the level
/// mapping, …). A rule that neither knows — one an organisation's overlay added — is named, never shown as its
/// expression: the chain (<see cref="Explanation.Chain"/>) keeps the ids and expressions for who wants them.
/// </summary>
internal sealed class ExplanationSentence(ExplanationWords words, Language language)
{
    private readonly CultureInfo _culture = language.Culture();

    public Language Language => language;

    /// <summary>The explanation as one or more sentences: the claim and why, then any raise it took.</summary>
    public string Write(Explanation why)
    {
        if (why.Value is null)
        {
            return Capitalized(Match(why));
        }

        var cause = why.Because.Count > 0 && why.Because[0].Value is not null ? Statement(why.Because[0]) : "";
        var rule = Text("Rule_" + why.Rule) is { } known
            ? Format(known, cause)
            : Format(Text(nameof(ExplanationText.RuleUnknown))!, why.Rule);
        var sentence = Format(Text(nameof(ExplanationText.Sentence))!, Statement(why), rule);
        var separator = language == Language.En ? " " : "";
        foreach (var raise in why.Because.Where(b => b.Rule.StartsWith(Explanation.LevelRaisePrefix, StringComparison.Ordinal)))
        {
            sentence += separator + Format(Text(nameof(ExplanationText.Raise))!, Description(raise));
        }

        return Capitalized(sentence);
    }

    /// <summary>The subjects named in one sentence about one rule; the others are counted (the details list them all).</summary>
    public const int SubjectsNamed = 5;

    /// <summary>
    /// The matches that made a threat apply, one sentence per rule: the subjects it matched (the first
    /// <see cref="SubjectsNamed"/> by name, the rest counted) and what the rule says of them, once.
    /// </summary>
    public string WriteAll(IEnumerable<Explanation> explanations)
    {
        var sentences = new List<string>();
        foreach (var group in explanations.GroupBy(e => (e.Rule, e.Value is null)))
        {
            var first = group.First();
            if (!group.Key.Item2 || !group.Skip(1).Any())
            {
                sentences.AddRange(group.Select(Write));
                continue;
            }

            var subjects = string.Join(Text(nameof(ExplanationText.ListSeparator))!, group.Take(SubjectsNamed).Select(Subject));
            var more = group.Count() - SubjectsNamed;
            if (more > 0)
            {
                subjects = Format(Text(nameof(ExplanationText.More))!, subjects, more);
            }

            sentences.Add(Capitalized(Match(first, subjects)));
        }

        return string.Join(language == Language.En ? " " : "", sentences);
    }

    /// <summary>"the importance of zone “Line 1” is 3 (High)": the subject by name and the value in words.</summary>
    private string Statement(Explanation why)
    {
        var measure = why.Measure ?? "";
        var value = Value(measure, why.Value!.Value);
        return measure.StartsWith("impact.", StringComparison.Ordinal)
            ? Format(Text(nameof(ExplanationText.Statement_impact))!, Subject(why), value, Text("Axis_" + measure["impact.".Length..]) ?? measure["impact.".Length..])
            : Format(Text("Statement_" + measure) ?? Text(nameof(ExplanationText.Statement_importance))!, Subject(why), value);
    }

    /// <summary>A subject that matched a rule's condition, and what the rule says of such a subject.</summary>
    private string Match(Explanation why) => Match(why, Subject(why));

    private string Match(Explanation why, string subjects) =>
        words.RuleDescriptions.TryGetValue(why.Rule, out var description)
            ? Format(Text(nameof(ExplanationText.Match))!, subjects, description.Get(language))
            : Format(Text(nameof(ExplanationText.OverlayRule))!, subjects, RuleName(why.Rule));

    private string Description(Explanation raise) =>
        words.RuleDescriptions.TryGetValue(raise.Rule, out var description)
            ? description.Get(language)
            : Format(Text(nameof(ExplanationText.OverlayRule))!, Subject(raise), RuleName(raise.Rule));

    private static string RuleName(string rule) =>
        rule.StartsWith(Explanation.LevelRaisePrefix, StringComparison.Ordinal) ? rule[Explanation.LevelRaisePrefix.Length..] : rule;

    private string Subject(Explanation why)
    {
        var name = words.NameOf(why.SubjectKind, why.SubjectId);
        var shown = string.IsNullOrWhiteSpace(name) ? why.SubjectId : name;
        return Format(Text("Subject_" + why.SubjectKind) ?? Text(nameof(ExplanationText.Subject_other))!, shown);
    }

    /// <summary>The number with the importance scale's label when the measure is on that scale ("3（高）").</summary>
    private string Value(string measure, int value)
    {
        var number = value.ToString(CultureInfo.InvariantCulture);
        if (measure == "targetLevel")
        {
            return number;
        }

        foreach (var level in words.ImportanceScale)
        {
            if (level.Value == value)
            {
                return Format(Text(nameof(ExplanationText.ValueWithLabel))!, number, level.Label.Get(language));
            }
        }

        return number;
    }

    private string Capitalized(string sentence) =>
        language == Language.En && sentence.Length > 0 && char.IsLower(sentence[0])
            ? char.ToUpperInvariant(sentence[0]) + sentence[1..]
            : sentence;

    private string? Text(string key) => ExplanationText.ResourceManager.GetString(key, _culture);

    private string Format(string format, params object?[] args) => string.Format(_culture, format, args);
}
