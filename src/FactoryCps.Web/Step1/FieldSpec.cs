namespace FactoryCps.Web.Step1;

internal enum FieldKind
{
    Text,
    LongText,
    Integer,
    Boolean,
    Choice,
    Date,
    List,
}

/// <summary>
/// One input of a model object's form, read from the model's JSON Schema: the schema that validates files
/// is the one that shapes the forms, so a field added to the format appears in the web app as well.
/// </summary>
/// <param name="Path">The field's name, dotted for nested objects (<c>impact.safety</c>); also the input's name.</param>
/// <param name="Kind">How the value is entered and converted.</param>
/// <param name="Required">Whether the model requires the field.</param>
/// <param name="Choices">Allowed values for <see cref="FieldKind.Choice"/>, and for a list of choices.</param>
/// <param name="Bounds">Minimum and maximum of an integer, when the schema gives them.</param>
internal sealed record FieldSpec(string Path, FieldKind Kind, bool Required, IReadOnlyList<string> Choices, (int? Min, int? Max) Bounds)
{
    /// <summary>The last segment of <see cref="Path"/>: the JSON property name.</summary>
    public string Name => Path[(Path.LastIndexOf('.') + 1)..];

    /// <summary>The enclosing object for nested fields (<c>impact</c>), or null.</summary>
    public string? Parent => Path.Contains('.', StringComparison.Ordinal) ? Path[..Path.LastIndexOf('.')] : null;
}
