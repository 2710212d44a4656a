using System.Text;

namespace FactoryCps.Procurement;

/// <summary>The output formats of a specification, and rendering one into bytes in memory (nothing half-written).</summary>
internal static class SpecificationFormats
{
    public static IReadOnlyList<string> All { get; } = ["docx", "html", "md"];

    /// <summary>The format a file name asks for by its extension, or null.</summary>
    public static string? FromPath(string path)
    {
        var extension = Path.GetExtension(path).TrimStart('.').ToLowerInvariant();
        return extension == "markdown" ? "md" : extension == "htm" ? "html" : All.Contains(extension) ? extension : null;
    }

    public static string ContentType(string format) => format switch
    {
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "html" => "text/html; charset=utf-8",
        "md" => "text/markdown; charset=utf-8",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown specification format."),
    };

    public static byte[] Render(SpecificationDocument document, string format)
    {
        var utf8 = new UTF8Encoding(false);
        switch (format)
        {
            case "docx":
                using (var stream = new MemoryStream())
                {
                    SpecificationDocx.Write(document, stream);
                    return stream.ToArray();
                }

            case "html":
                return utf8.GetBytes(SpecificationHtml.Render(document));
            case "md":
                return utf8.GetBytes(SpecificationMarkdown.Render(document));
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown specification format.");
        }
    }
}
