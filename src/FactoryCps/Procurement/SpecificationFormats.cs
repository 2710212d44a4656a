using System.Text;
using FactoryCps.Documents;

namespace FactoryCps.Procurement;

/// <summary>The output formats of a specification: the documents' two (<see cref="DocumentFormats"/>) and Markdown.</summary>
internal static class SpecificationFormats
{
    public static IReadOnlyList<string> All { get; } = ["docx", "html", "md"];

    /// <summary>The format a file name asks for by its extension, or null.</summary>
    public static string? FromPath(string path)
    {
        var extension = Path.GetExtension(path).TrimStart('.').ToLowerInvariant();
        return extension == "markdown" ? "md" : extension == "htm" ? "html" : All.Contains(extension) ? extension : null;
    }

    public static string ContentType(string format) =>
        format == "md" ? "text/markdown; charset=utf-8" : DocumentFormats.ContentType(format);

    public static byte[] Render(TextDocument document, string format) =>
        format == "md" ? new UTF8Encoding(false).GetBytes(SpecificationMarkdown.Render(document)) : DocumentFormats.Render(document, format);
}
