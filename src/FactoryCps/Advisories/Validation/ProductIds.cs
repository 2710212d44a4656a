using System.Text;
using System.Text.Json;

namespace FactoryCps.Advisories.Validation;

/// <summary>
/// The product and group ids of one document as shared strings. Big advisories name the same few hundred ids tens
/// of thousands of times (per status list, score, remediation, flag), and several tests read them all: one string
/// per distinct id instead of one per occurrence was the largest cut in allocations (test 6.1.1 alone allocated
/// 87 MB over the CISA set). Not thread-safe: one instance per document under test.
/// </summary>
internal sealed class ProductIds
{
    private const int MaxStackChars = 256;

    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public ProductIds() => _lookup = _known.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The id a JSON string holds, the same instance each time it occurs.</summary>
    public string Of(JsonElement value)
    {
        if (!RawJsonText.TryGetUnescaped(value, out var utf8) || utf8.Length > MaxStackChars)
        {
            var text = value.GetString()!;
            return _known.TryGetValue(text, out var known) ? known : Add(text);
        }

        Span<char> chars = stackalloc char[MaxStackChars];
        var count = Encoding.UTF8.GetChars(utf8, chars);
        return _lookup.TryGetValue(chars[..count], out var existing) ? existing : Add(new string(chars[..count]));
    }

    /// <summary>The string items of the array <paramref name="name"/> of <paramref name="owner"/>, with their index.</summary>
    public IEnumerable<(string Id, int Index)> Indexed(JsonElement owner, string name)
    {
        if (owner.Get(name) is not { ValueKind: JsonValueKind.Array } array)
        {
            yield break;
        }

        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                yield return (Of(item), index);
            }

            index++;
        }
    }

    public IReadOnlyList<string> All(JsonElement owner, string name)
    {
        var all = new List<string>();
        foreach (var (id, _) in Indexed(owner, name))
        {
            all.Add(id);
        }

        return all;
    }

    /// <summary>The id in the string property <paramref name="name"/>, or null.</summary>
    public string? Property(JsonElement owner, string name) =>
        owner.Get(name) is { ValueKind: JsonValueKind.String } value ? Of(value) : null;

    private string Add(string id)
    {
        _known.Add(id);
        return id;
    }
}
