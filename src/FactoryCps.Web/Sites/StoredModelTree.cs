using System.Globalization;
using System.Text;
using System.Text.Json;
using FactoryCps.Model;
using FactoryCps.Yaml;

namespace FactoryCps.Web.Sites;

/// <summary>
/// A stored model's rows as the tree the model reader reads, each row's JSON read once: no document assembled,
/// written out and parsed again. Typed as the YAML reader types the same JSON (a string is a quoted scalar; a
/// number, true, false and null are plain), so the model read is the one <c>fcps validate</c> reads from the export.
/// A node's location is the row (its line: the row's place in the document, 1 being the format) and the column
/// of its token within the row's JSON.
/// </summary>
internal static class StoredModelTree
{
    /// <summary>The document the rows make, given in position order: format, site, bcp, then each section's objects.</summary>
    public static YMapping Build(IEnumerable<(string Section, string Body)> objects, string file)
    {
        var entries = new List<KeyValuePair<YScalar, YNode>>
        {
            new(Key(file, 1, "format"), new YScalar(file, 1, 1, FactoryModel.FormatVersion.ToString(CultureInfo.InvariantCulture), isPlain: true)),
        };

        // Positions keep a section's objects together (SiteModelStore), so a section ends where the next begins.
        (string Name, int Line, List<YNode> Items)? section = null;
        var line = 1;
        foreach (var entity in objects)
        {
            line++;
            var body = Read(entity.Body, file, line);
            if (section is { } open && open.Name != entity.Section)
            {
                entries.Add(new(Key(file, open.Line, open.Name), new YSequence(file, open.Line, 1, open.Items)));
                section = null;
            }

            if (entity.Section is SiteModelStore.SiteSection or SiteModelStore.BcpSection)
            {
                entries.Add(new(Key(file, line, entity.Section), body));
            }
            else if (section is { } current)
            {
                current.Items.Add(body);
            }
            else
            {
                section = (entity.Section, line, [body]);
            }
        }

        if (section is { } last)
        {
            entries.Add(new(Key(file, last.Line, last.Name), new YSequence(file, last.Line, 1, last.Items)));
        }

        return new YMapping(file, 1, 1, entries);
    }

    private static YScalar Key(string file, int line, string name) => new(file, line, 1, name, isPlain: false);

    private static YNode Read(string json, string file, int line)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), new JsonReaderOptions { MaxDepth = YamlLimits.Default.MaxDepth });
        reader.Read();
        return Node(ref reader, file, line);
    }

    private static YNode Node(ref Utf8JsonReader reader, string file, int line)
    {
        var column = (int)reader.TokenStartIndex + 1;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var entries = new List<KeyValuePair<YScalar, YNode>>();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var key = new YScalar(file, line, (int)reader.TokenStartIndex + 1, reader.GetString()!, isPlain: false);
                    reader.Read();
                    entries.Add(new(key, Node(ref reader, file, line)));
                }

                return new YMapping(file, line, column, entries);
            case JsonTokenType.StartArray:
                var items = new List<YNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(Node(ref reader, file, line));
                }

                return new YSequence(file, line, column, items);
            case JsonTokenType.String:
                return new YScalar(file, line, column, reader.GetString()!, isPlain: false);
            case JsonTokenType.Number:
                return new YScalar(file, line, column, Encoding.UTF8.GetString(reader.ValueSpan), isPlain: true);
            case JsonTokenType.True:
                return new YScalar(file, line, column, "true", isPlain: true);
            case JsonTokenType.False:
                return new YScalar(file, line, column, "false", isPlain: true);
            case JsonTokenType.Null:
                return new YScalar(file, line, column, "null", isPlain: true);
            default:
                throw new JsonException($"Unexpected {reader.TokenType} in a stored model object.");
        }
    }
}
