using System.Text;

namespace FactoryCps.Documents;

/// <summary>The formats every <see cref="TextDocument"/> is written in, rendered into bytes in memory (nothing half-written).</summary>
internal static class DocumentFormats
{
    public static IReadOnlyList<string> All { get; } = ["docx", "html"];

    public static string ContentType(string format) => format switch
    {
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "html" => "text/html; charset=utf-8",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown document format."),
    };

    public static byte[] Render(TextDocument document, string format)
    {
        switch (format)
        {
            case "docx":
                using (var stream = new MemoryStream())
                {
                    DocumentDocx.Write(document, stream);
                    return stream.ToArray();
                }

            case "html":
                return new UTF8Encoding(false).GetBytes(DocumentHtml.Render(document));
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown document format.");
        }
    }
}
