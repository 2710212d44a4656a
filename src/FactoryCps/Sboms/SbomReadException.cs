using FactoryCps.Diagnostics;
using FactoryCps.Localization;

namespace FactoryCps.Sboms;

/// <summary>
/// An SBOM that cannot be used: which file, where in it (a JSON path, when known), and why. The reason is a
/// message key so that the caller renders it in the user's language.
/// </summary>
internal sealed class SbomReadException(string file, string? jsonPath, Message reason, Exception? inner = null)
    : Exception(reason.Render(Language.En), inner)
{
    public string File { get; } = file;

    public string? JsonPath { get; } = jsonPath;

    public Message Reason { get; } = reason;

    public string Render(Language language) =>
        JsonPath is null ? $"{File}: {Reason.Render(language)}" : $"{File}: {JsonPath}: {Reason.Render(language)}";
}
