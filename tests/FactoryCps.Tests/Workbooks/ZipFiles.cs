using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;

namespace FactoryCps.Tests.Workbooks;

/// <summary>Raw packages for the reader's first line of defence: bombs, lies and replaced parts.</summary>
internal static class ZipFiles
{
    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = archive.CreateEntry(name, CompressionLevel.Optimal).Open();
                stream.Write(content);
            }
        }

        return output.ToArray();
    }

    public static byte[] ReplaceEntry(byte[] file, string name, byte[] content)
    {
        using var stream = new MemoryStream();
        stream.Write(file);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            archive.GetEntry(name)!.Delete();
            using var entry = archive.CreateEntry(name).Open();
            entry.Write(content);
        }

        return stream.ToArray();
    }

    /// <summary>The ZIP entry name of a sheet's part, e.g. <c>xl/worksheets/sheet2.xml</c>.</summary>
    public static string SheetEntry(byte[] file, string sheetName)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(file), isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == sheetName);
        return workbook.GetPartById(sheet.Id!).Uri.OriginalString.TrimStart('/');
    }

    /// <summary>
    /// Rewrites the declared unpacked size of the only entry in both the local and the central header, as a
    /// crafted bomb would, to sneak past a check of the declared sizes.
    /// </summary>
    public static byte[] DeclareSize(byte[] zip, uint size)
    {
        var bytes = (byte[])zip.Clone();
        Patch(bytes, [0x50, 0x4b, 0x03, 0x04], 22, size);
        Patch(bytes, [0x50, 0x4b, 0x01, 0x02], 24, size);
        return bytes;
    }

    /// <summary>A 16 KB random block repeated: compresses about 100:1, under the ratio limit, so only the total stops it.</summary>
    public static byte[] Compressible(int length)
    {
        var block = new byte[16 * 1024];
        new Random(7).NextBytes(block);
        var content = new byte[length];
        for (var i = 0; i < length; i += block.Length)
        {
            block.AsSpan(0, Math.Min(block.Length, length - i)).CopyTo(content.AsSpan(i));
        }

        return content;
    }

    private static void Patch(byte[] bytes, byte[] signature, int offset, uint value)
    {
        var at = bytes.AsSpan().IndexOf(signature);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(at + offset, 4), value);
    }
}
