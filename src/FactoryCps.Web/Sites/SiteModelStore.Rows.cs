using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using FactoryCps.Model;
using FactoryCps.Model.Writing;

namespace FactoryCps.Web.Sites;

/// <summary>How a model maps to a site's rows and back: one row per object, keyed and positioned by section.</summary>
internal sealed partial class SiteModelStore
{
    private static IEnumerable<ModelObjectEntity> Objects(FactoryModel model, int siteId, DateTimeOffset now, string user)
    {
        ModelObjectEntity Entity(string section, string key, int position, JsonObject body) => new()
        {
            SiteId = siteId,
            Section = section,
            Key = key,
            Position = position,
            Body = body.ToJsonString(StoredJson),
            Version = 1,
            UpdatedAt = now,
            UpdatedBy = user,
        };

        yield return Entity(SiteSection, SiteSection, 0, ModelWriter.Site(model.Site));

        if (ModelWriter.Bcp(model.Bcp) is { Count: > 0 } bcp)
        {
            yield return Entity(BcpSection, BcpSection, 1, bcp);
        }

        foreach (var section in ModelWriter.Sections)
        {
            var position = Offset(section);
            foreach (var element in ModelWriter.Elements(model, section))
            {
                var body = ModelWriter.Element(element);
                yield return Entity(section, StorageKey(section, body), ++position, body);
            }
        }
    }

    /// <summary>
    /// The object's key within its section: its id, but for a countermeasure status its id and scope, since the
    /// model may record one countermeasure for the whole site and, differently, for some zones.
    /// </summary>
    private static string StorageKey(string section, JsonObject body)
    {
        if (section is SiteSection or BcpSection)
        {
            return section;
        }

        var id = (string?)body["id"] ?? section;
        return section == "countermeasures" && body["scope"] is JsonArray scope
            ? CountermeasureStatus.KeyOf(id, scope.Select(z => (string?)z ?? ""))
            : id;
    }

    /// <summary>Sections are kept apart in one position sequence so that ordering by position orders by section too.</summary>
    private static int Offset(string section) => section switch
    {
        SiteSection or BcpSection => 0,
        _ => (1 + ModelWriter.Sections.ToList().IndexOf(section)) * 1_000_000,
    };

    /// <summary>
    /// The model document as compact JSON text, written from the stored bodies as they are (each is the compact JSON
    /// of its object already) rather than parsed into nodes and written out again: the same text, without a parse
    /// of every object of the site per change.
    /// </summary>
    private static string DocumentText(IEnumerable<ModelObjectEntity> objects)
    {
        var text = new StringBuilder("{\"format\":").Append(FactoryModel.FormatVersion.ToString(CultureInfo.InvariantCulture));
        string? list = null;
        foreach (var entity in objects.OrderBy(o => o.Position))
        {
            if (entity.Section == list)
            {
                text.Append(',').Append(entity.Body);
                continue;
            }

            if (list is not null)
            {
                text.Append(']');
            }

            // Section names are the model's own (site, bcp, assets, …): nothing in them needs escaping.
            var single = entity.Section is SiteSection or BcpSection;
            text.Append(",\"").Append(entity.Section).Append("\":").Append(single ? "" : "[").Append(entity.Body);
            list = single ? null : entity.Section;
        }

        return (list is null ? text : text.Append(']')).Append('}').ToString();
    }

    private static JsonObject Document(IEnumerable<ModelObjectEntity> objects)
    {
        var document = new JsonObject { ["format"] = FactoryModel.FormatVersion };
        foreach (var entity in objects.OrderBy(o => o.Position))
        {
            var body = JsonNode.Parse(entity.Body)!;
            if (entity.Section is SiteSection or BcpSection)
            {
                document[entity.Section] = body;
            }
            else
            {
                if (document[entity.Section] is not JsonArray list)
                {
                    list = [];
                    document[entity.Section] = list;
                }

                list.Add(body);
            }
        }

        return document;
    }
}
