using System.IO.Compression;

namespace FactoryCps.Web.Advisories;

/// <summary>Advisories are stored gzip-compressed: CSAF JSON shrinks about tenfold, and it is read far less often than listed.</summary>
internal static class AdvisoryDocuments
{
    public static byte[] Compress(byte[] json)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
        {
            gzip.Write(json);
        }

        return output.ToArray();
    }

    public static byte[] Decompress(byte[] stored)
    {
        using var input = new GZipStream(new MemoryStream(stored), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
