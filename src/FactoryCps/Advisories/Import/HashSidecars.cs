using System.Security.Cryptography;
using FactoryCps.Diagnostics;

namespace FactoryCps.Advisories.Import;

/// <summary>
/// The integrity files of CSAF 2.0 §7.1.18: <c>FILE.sha512</c> / <c>FILE.sha256</c>, starting with the hexadecimal
/// hash (anything after it, such as the file name, follows a space). Every sidecar present is checked; one a feed
/// announced must be present.
/// </summary>
internal static class HashSidecars
{
    private const int MaxSidecarBytes = 4096;

    private static readonly (string Extension, string Name, Func<byte[], byte[]> Hash)[] Algorithms =
    [
        (".sha512", "SHA-512", SHA512.HashData),
        (".sha256", "SHA-256", SHA256.HashData),
    ];

    public static AdvisoryProblem? Check(AdvisorySourceFile source, byte[] content)
    {
        foreach (var announced in source.AnnouncedHashes)
        {
            if (!File.Exists(announced.SidecarPath))
            {
                return new AdvisoryProblem(source.Path, "", new Message("AdvisoryHashMissing", announced.Feed, announced.SidecarPath));
            }
        }

        var sidecars = Algorithms.Select(a => source.Path + a.Extension)
            .Concat(source.AnnouncedHashes.Select(h => h.SidecarPath))
            .Distinct(StringComparer.Ordinal);
        foreach (var path in sidecars)
        {
            // An algorithm fcps does not know (e.g. a SHA-3 file) cannot be checked; the others still are.
            if (!File.Exists(path) || AlgorithmOf(path) is not { } algorithm)
            {
                continue;
            }

            var (name, hash) = algorithm;
            var expected = ReadHash(path);
            var actual = Convert.ToHexStringLower(hash(content));
            if (expected is null || expected.Length != actual.Length)
            {
                return new AdvisoryProblem(source.Path, "", new Message("AdvisoryHashUnreadable", path, name));
            }

            if (!string.Equals(expected, actual, StringComparison.OrdinalIgnoreCase))
            {
                return new AdvisoryProblem(source.Path, "", new Message("AdvisoryHashMismatch", name, path, expected, actual));
            }
        }

        return null;
    }

    private static (string Name, Func<byte[], byte[]> Hash)? AlgorithmOf(string path)
    {
        foreach (var (extension, name, hash) in Algorithms)
        {
            if (path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return (name, hash);
            }
        }

        return null;
    }

    private static string? ReadHash(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[MaxSidecarBytes];
        var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        var text = System.Text.Encoding.ASCII.GetString(buffer, 0, length);
        var end = text.IndexOfAny([' ', '\t', '\r', '\n']);
        var hex = end < 0 ? text : text[..end];
        return hex.Length > 0 && hex.All(char.IsAsciiHexDigit) ? hex : null;
    }
}
