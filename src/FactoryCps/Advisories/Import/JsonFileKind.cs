using System.Text.Json;

namespace FactoryCps.Advisories.Import;

internal enum JsonFileKind
{
    /// <summary>A CSAF document, or a JSON file that is nothing else fcps knows (it is then rejected by the schema).</summary>
    Advisory,
    RolieFeed,
    ProviderMetadata,

    /// <summary>ROLIE service and category documents and aggregator lists: part of a provider's folder, not advisories.</summary>
    OtherCsafDistribution,
}

/// <summary>
/// Tells the JSON files of a provider's folder apart by their top-level property names, reading at most the first
/// 64 KB: an advisory names <c>document</c> early, a feed <c>feed</c>, provider metadata <c>canonical_url</c>.
/// </summary>
internal static class JsonFileKinds
{
    private const int SniffBytes = 64 * 1024;

    public static JsonFileKind Of(string path)
    {
        var buffer = new byte[SniffBytes];
        int length;
        bool complete;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan))
        {
            length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            complete = length < buffer.Length || stream.ReadByte() < 0;
        }

        var names = TopLevelNames(buffer.AsSpan(0, length), complete);
        return names.Contains("document") ? JsonFileKind.Advisory
            : names.Contains("feed") ? JsonFileKind.RolieFeed
            : names.Contains("canonical_url") && names.Contains("metadata_version") ? JsonFileKind.ProviderMetadata
            : names.Contains("service") || names.Contains("categories") || names.Contains("aggregator") ? JsonFileKind.OtherCsafDistribution
            : JsonFileKind.Advisory;
    }

    private static HashSet<string> TopLevelNames(ReadOnlySpan<byte> bytes, bool complete)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(bytes, complete, new JsonReaderState(new JsonReaderOptions { MaxDepth = 64 }));
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return names;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                names.Add(name);
                if (name == "document" || !reader.TrySkip())
                {
                    break;
                }
            }
        }
        catch (JsonException)
        {
            // Broken JSON is read again by the advisory reader, which reports where and why.
        }

        return names;
    }
}
