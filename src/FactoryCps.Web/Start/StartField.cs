using FactoryCps.Web.Step1;

namespace FactoryCps.Web.Start;

/// <summary>A value offered in a set-up field, with the word shown for it.</summary>
internal sealed record StartOption(string Value, string Label);

/// <summary>
/// One input of a set-up form as the page shows it: the schema's field, its words, what it holds now, what it may
/// hold (words for every value, never a bare id), and the errors found at it.
/// </summary>
internal sealed record StartField(string InputId, FieldSpec Spec, string Label, bool Required, string Value, IReadOnlyList<StartOption>? Options, IReadOnlyList<string> Errors)
{
    /// <summary>A list field with options is a multiple choice (the form posts each chosen value).</summary>
    public bool Multiple => Spec.Kind == FieldKind.List && Options is not null;

    public IReadOnlySet<string> Chosen => Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
}
