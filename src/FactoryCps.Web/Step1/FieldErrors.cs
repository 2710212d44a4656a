using FactoryCps.Diagnostics;
using FactoryCps.Localization;

namespace FactoryCps.Web.Step1;

/// <summary>
/// The model's diagnostics placed at the form's fields: <c>assets[3].operations[1]</c> belongs to the
/// <c>operations</c> input of the asset being edited. Problems without a field are shown above the form.
/// </summary>
internal sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _byField = new(StringComparer.Ordinal);

    public List<string> General { get; } = [];

    public bool Any => General.Count > 0 || _byField.Count > 0;

    public IReadOnlyList<string> For(string field) => _byField.TryGetValue(field, out var messages) ? messages : [];

    public void Add(string? field, string message)
    {
        if (field is null)
        {
            General.Add(message);
            return;
        }

        if (!_byField.TryGetValue(field, out var messages))
        {
            _byField[field] = messages = [];
        }

        messages.Add(message);
    }

    public static FieldErrors From(IEnumerable<Diagnostic> diagnostics, string section, IReadOnlyList<FieldSpec> fields, Language language)
    {
        var errors = new FieldErrors();
        var known = fields.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics.Where(d => d.Severity == Severity.Error))
        {
            var field = FieldOf(diagnostic.Path, section);
            var message = diagnostic.Message.Render(language);
            errors.Add(field is not null && known.Contains(field) ? field : null, field is not null && known.Contains(field) ? message : diagnostic.Render(language));
        }

        return errors;
    }

    /// <summary><c>assets[3].operations[1]</c> → <c>operations</c>; <c>site.name</c> → <c>name</c>; <c>operations[0].impact.safety</c> → <c>impact.safety</c>.</summary>
    internal static string? FieldOf(string? path, string section)
    {
        if (path is null || !path.StartsWith(section, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = path[section.Length..];
        if (rest.StartsWith('['))
        {
            var close = rest.IndexOf(']', StringComparison.Ordinal);
            rest = close < 0 ? "" : rest[(close + 1)..];
        }

        if (!rest.StartsWith('.'))
        {
            return null;
        }

        rest = rest[1..];
        var bracket = rest.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 ? rest : rest[..bracket];
    }
}
