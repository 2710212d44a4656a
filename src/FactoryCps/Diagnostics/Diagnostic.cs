using FactoryCps.Localization;

namespace FactoryCps.Diagnostics;

/// <summary>One problem found in user input: where it is, which field, and what is wrong.</summary>
internal sealed record Diagnostic(Severity Severity, SourceLocation? Location, string? Path, Message Message)
{
    public string Render(Language language)
    {
        var where = Location is null ? "" : Location + ": ";
        var path = string.IsNullOrEmpty(Path) ? "" : Path + ": ";
        var severity = new Message("Severity" + Severity).Render(language);
        return $"{where}{severity}: {path}{Message.Render(language)}";
    }
}
