using System.IO.Compression;
using System.Text;

namespace FactoryCps.Web.Shared;

/// <summary>
/// What an uploaded evidence file is, by its first bytes, never by its name or the browser's word: PDF, PNG, JPEG,
/// an Office Open XML document (a ZIP with [Content_Types].xml and a Word, Excel or PowerPoint part), or plain
/// UTF-8 text. Anything else is refused, so that nothing executable or active is kept and handed out again.
/// </summary>
internal static class EvidenceTypes
{
    public const string Pdf = "application/pdf";
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Pptx = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    public const string Text = "text/plain";

    /// <summary>A ZIP with more entries than this is no office document we accept (and may be a ZIP bomb's directory).</summary>
    private const int MaxZipEntries = 10_000;

    public static string? Detect(byte[] content)
    {
        var bytes = content.AsSpan();
        return bytes switch
        {
            _ when bytes.StartsWith("%PDF-"u8) => Pdf,
            _ when bytes.StartsWith((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) => Png,
            _ when bytes.StartsWith((byte[])[0xFF, 0xD8, 0xFF]) => Jpeg,
            _ when bytes.StartsWith("PK\x03\x04"u8) => Office(content),
            _ => IsText(content) ? Text : null,
        };
    }

    /// <summary>The ZIP's directory only (no entry is decompressed): which Office part it carries.</summary>
    private static string? Office(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxZipEntries || zip.GetEntry("[Content_Types].xml") is null)
            {
                return null;
            }

            var names = zip.Entries.Select(e => e.FullName).ToList();
            return names.Contains("word/document.xml") ? Docx
                : names.Contains("xl/workbook.xml") ? Xlsx
                : names.Contains("ppt/presentation.xml") ? Pptx
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>UTF-8 (an optional byte order mark) without control characters other than tab and line breaks.</summary>
    private static bool IsText(byte[] content)
    {
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
            return text.TrimStart('\uFEFF').All(c => !char.IsControl(c) || c is '\t' or '\r' or '\n');
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
