using System.Text.Json;
using FactoryCps.Diagnostics;

namespace FactoryCps.Sboms;

/// <summary>
/// Finds nesting deeper than the reader allows before the document is built, so that the user is told "too
/// deep, here" instead of System.Text.Json's generic depth message under "not valid JSON".
/// </summary>
internal static class JsonNesting
{
    public static void Check(ReadOnlySpan<byte> utf8Json, int maxDepth, string name)
    {
        // One level of slack so that this reader reaches the first token that is too deep instead of throwing on it.
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = maxDepth + 1 });
        try
        {
            while (reader.Read())
            {
                // CurrentDepth of an opening token is the depth of its container: the root object is 0.
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= maxDepth)
                {
                    throw new SbomReadException(name, null, new Message("SbomTooDeep", maxDepth, Position(utf8Json, reader.TokenStartIndex)));
                }
            }
        }
        catch (JsonException)
        {
            // Malformed before any excessive nesting: the parse that follows reports it with line and column.
        }
    }

    /// <summary>"line:column" of a byte offset, counted from one, as the malformed-JSON message gives it.</summary>
    private static string Position(ReadOnlySpan<byte> utf8Json, long offset)
    {
        var before = utf8Json[..(int)offset];
        var line = before.Count((byte)'\n') + 1;
        var column = offset - (before.LastIndexOf((byte)'\n') + 1) + 1;
        return $"{line}:{column}";
    }
}
