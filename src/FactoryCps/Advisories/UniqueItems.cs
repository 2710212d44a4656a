using System.Buffers;
using System.Text;
using System.Text.Json;

namespace FactoryCps.Advisories;

/// <summary>
/// JSON schema's uniqueItems without comparing every pair: the CSAF schema puts it on nearly every array
/// (product ids, notes, references, scores…). Items get a structural hash (property order and string escapes do
/// not change it); only when two hashes collide are the items compared exactly with <see cref="JsonElement.DeepEquals"/>.
/// </summary>
internal static class UniqueItems
{
    public static bool AllDifferent(JsonElement array)
    {
        var length = array.GetArrayLength();
        if (length < 2)
        {
            return true;
        }

        var hashes = ArrayPool<ulong>.Shared.Rent(length);
        try
        {
            var count = 0;
            foreach (var item in array.EnumerateArray())
            {
                hashes[count++] = Hash(item);
            }

            Array.Sort(hashes, 0, count);
            for (var i = 1; i < count; i++)
            {
                if (hashes[i] == hashes[i - 1])
                {
                    return ExactlyAllDifferent(array);
                }
            }

            return true;
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(hashes);
        }
    }

    /// <summary>Equal items (in the sense of <see cref="JsonElement.DeepEquals"/>) always get equal hashes.</summary>
    private static ulong Hash(JsonElement item)
    {
        switch (item.ValueKind)
        {
            case JsonValueKind.String:
                // An escaped string may equal an unescaped one: hashed by its decoded UTF-8 (escapes are rare).
                return RawJsonText.TryGetUnescaped(item, out var utf8) ? Fnv1a(utf8) : Fnv1a(Encoding.UTF8.GetBytes(item.GetString()!));
            case JsonValueKind.Object:
                ulong sum = 0x0B1EC7;
                foreach (var property in item.EnumerateObject())
                {
                    var name = RawJsonText.TryGetUnescapedName(property, out var nameUtf8) ? Fnv1a(nameUtf8) : Fnv1a(Encoding.UTF8.GetBytes(property.Name));
                    // A sum does not depend on the order of the properties.
                    sum += (name * 0x9E3779B97F4A7C15) ^ Hash(property.Value);
                }

                return sum;
            case JsonValueKind.Array:
                ulong combined = 0xA77A7;
                foreach (var element in item.EnumerateArray())
                {
                    combined = (combined * 31) + Hash(element);
                }

                return combined;
            default:
                // Numbers compare by value (1 equals 1.0); true, false and null by kind.
                return (ulong)item.ValueKind;
        }
    }

    private static ulong Fnv1a(ReadOnlySpan<byte> bytes)
    {
        var hash = 0xCBF29CE484222325;
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 0x100000001B3;
        }

        return hash;
    }

    private static bool ExactlyAllDifferent(JsonElement array)
    {
        var items = array.EnumerateArray().ToArray();
        for (var a = 0; a < items.Length; a++)
        {
            for (var b = a + 1; b < items.Length; b++)
            {
                if (JsonElement.DeepEquals(items[a], items[b]))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
