using System.Globalization;
using FactoryCps.Localization;
using FactoryCps.Sboms;
using FactoryCps.Web.Resources;

namespace FactoryCps.Web.Sboms;

/// <summary>Why an upload was refused, for the form and the API alike: a stable code, the JSON path when known, and the message in the user's language.</summary>
internal sealed record SbomUploadError(string Code, string? Path, string Message)
{
    public static SbomUploadError Of(SbomReadException ex, Language language) => new(ex.Reason.Key, ex.JsonPath, ex.Reason.Render(language));

    public static SbomUploadError Of(SbomTooManyComponentsException ex) =>
        new("SbomTooManyComponents", "$.components", string.Format(CultureInfo.CurrentCulture, WebText.SbomTooManyComponents, ex.Count, ex.Limit));

    public static SbomUploadError Missing() => new("SbomFileMissing", null, WebText.SbomFileMissing);

    public static SbomUploadError TooLarge() =>
        new("SbomFileTooLarge", null, string.Format(CultureInfo.CurrentCulture, WebText.SbomUploadTooLarge, SbomStore.MaxUploadBytes / (1024 * 1024)));

    /// <summary>XML and tag-value SBOMs are common; say so instead of "not valid JSON at 1:1".</summary>
    public static SbomUploadError NotJson() => new("SbomNotJson", null, WebText.SbomNotJson);

    /// <summary>Content sniffing before parsing: a JSON SBOM starts with an object (after an optional UTF-8 BOM and white space).</summary>
    public static bool LooksLikeJson(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith("\uFEFF"u8))
        {
            content = content[3..];
        }

        var start = content.IndexOfAnyExcept(" \t\r\n"u8);
        return start >= 0 && content[start] == (byte)'{';
    }
}
