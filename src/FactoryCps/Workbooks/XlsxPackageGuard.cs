using System.IO.Compression;
using System.Text;
using System.Xml;

namespace FactoryCps.Workbooks;

/// <summary>
/// Checks an upload before the Open XML SDK sees it: the size, that it is a ZIP package, the number of parts,
/// their declared and real unpacked sizes and compression ratios, and that every XML part is well-formed
/// without a DTD (so no entity expansion or external entity can happen in any later parser).
/// </summary>
internal static class XlsxPackageGuard
{
    /// <summary>An OLE compound file: an encrypted workbook or an old .xls.</summary>
    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Returns the upload's bytes when they are safe to open, else adds the reason to <paramref name="problems"/>.</summary>
    public static byte[]? Check(Stream input, XlsxLimits limits, ImportProblems problems)
    {
        var bytes = ReadCapped(input, limits.MaxUploadBytes);
        if (bytes is null)
        {
            var size = input.CanSeek ? input.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"> {limits.MaxUploadBytes}";
            problems.Add(null, null, WorkbookProblemKind.TooLarge, size, limits.MaxUploadBytes);
            return null;
        }

        if (bytes.AsSpan().StartsWith(OleSignature))
        {
            problems.Add(null, null, WorkbookProblemKind.Encrypted);
            return null;
        }

        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            return CheckEntries(archive, limits, problems) ? bytes : null;
        }
        catch (InvalidDataException)
        {
            problems.Add(null, null, WorkbookProblemKind.NotXlsx);
            return null;
        }
    }

    private static bool CheckEntries(ZipArchive archive, XlsxLimits limits, ImportProblems problems)
    {
        var entries = archive.Entries;
        if (entries.Count > limits.MaxParts)
        {
            problems.Add(null, null, WorkbookProblemKind.TooManyParts, entries.Count, limits.MaxParts);
            return false;
        }

        if (entries.Sum(e => e.Length) > limits.MaxUnpackedBytes)
        {
            problems.Add(null, null, WorkbookProblemKind.UnpacksTooLarge, limits.MaxUnpackedBytes);
            return false;
        }

        foreach (var entry in entries.Where(e => e.Length > limits.RatioFloorBytes))
        {
            if (entry.Length > (double)Math.Max(1, entry.CompressedLength) * limits.MaxRatio)
            {
                problems.Add(null, null, WorkbookProblemKind.Ratio, entry.FullName, entry.Length / Math.Max(1, entry.CompressedLength), limits.MaxRatio);
                return false;
            }
        }

        // The headers may lie: unpack for real, never past what they declare.
        foreach (var entry in entries)
        {
            var content = Unpack(entry);
            if (content is null)
            {
                problems.Add(null, null, WorkbookProblemKind.SizeMismatch, entry.FullName, entry.Length);
                return false;
            }

            if (IsXml(entry.FullName) && !CheckXml(entry.FullName, content, problems))
            {
                return false;
            }
        }

        return true;
    }

    private static byte[]? ReadCapped(Stream input, long max)
    {
        if (input.CanSeek && input.Length - input.Position > max)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = input.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static byte[]? Unpack(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        var content = new byte[entry.Length];
        var total = 0;
        int read;
        while (total < content.Length && (read = stream.Read(content, total, content.Length - total)) > 0)
        {
            total += read;
        }

        // One more byte than declared means the header lied; fewer means the entry is truncated.
        return total == content.Length && stream.ReadByte() < 0 ? content : null;
    }

    private static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private static bool CheckXml(string name, byte[] content, ImportProblems problems)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = true };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(content, writable: false), settings);
            while (reader.Read())
            {
            }

            return true;
        }
        catch (XmlException e)
        {
            if (DeclaresDtd(content))
            {
                problems.Add(null, null, WorkbookProblemKind.Dtd, name);
            }
            else
            {
                problems.Add(null, null, WorkbookProblemKind.BadXml, name, e.LineNumber);
            }

            return false;
        }
    }

    private static bool DeclaresDtd(byte[] content) =>
        content.AsSpan().IndexOf("<!DOCTYPE"u8) >= 0 || content.AsSpan().IndexOf(Encoding.Unicode.GetBytes("<!DOCTYPE")) >= 0;
}
