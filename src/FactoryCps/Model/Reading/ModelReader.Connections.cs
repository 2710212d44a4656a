using FactoryCps.Yaml;

namespace FactoryCps.Model.Reading;

internal sealed partial class ModelReader
{
    private static readonly string[] ConduitFields = ["id", "name", "description", "tags", "from", "to", "protocols", "direction", "encrypted", "authenticated", "controls"];
    private static readonly string[] DataFlowFields = ["id", "name", "description", "tags", "from", "to", "data", "feedback", "personalOrConfidential"];
    private static readonly string[] CountermeasureFields = ["id", "name", "description", "tags", "status", "scope", "owner", "due", "note"];

    private Conduit? ReadConduit(MapReader item)
    {
        var e = Element(item, ConduitFields);
        var from = item.String("from", required: true);
        var to = item.String("to", required: true);
        var protocols = item.StringList("protocols");
        var direction = item.Enum("direction", Conduit.Directions) ?? "both";
        var encrypted = item.Bool("encrypted");
        var authenticated = item.Bool("authenticated");
        var controls = EnumList(item, "controls", Conduit.ControlKinds);
        // Assets, conduits and data flows are the bulk of a large model: made once with their header rather
        // than copied by Finish.
        return e is null || from is null || to is null ? null : new Conduit
        {
            Id = e.Value.Id,
            Name = e.Value.Name,
            Description = e.Value.Description,
            Tags = e.Value.Tags,
            Location = item.Map.Location,
            Path = item.Path,
            Node = item.Map,
            From = from,
            To = to,
            Protocols = protocols,
            Direction = direction,
            Encrypted = encrypted,
            Authenticated = authenticated,
            Controls = controls,
        };
    }

    private static DataFlow? ReadDataFlow(MapReader item)
    {
        var e = Element(item, DataFlowFields);
        var from = item.String("from", required: true);
        var to = item.String("to", required: true);
        var data = item.String("data");
        var feedback = item.Bool("feedback") ?? false;
        var confidential = item.Bool("personalOrConfidential") ?? false;
        return e is null || from is null || to is null ? null : new DataFlow
        {
            Id = e.Value.Id,
            Name = e.Value.Name,
            Description = e.Value.Description,
            Tags = e.Value.Tags,
            Location = item.Map.Location,
            Path = item.Path,
            Node = item.Map,
            From = from,
            To = to,
            Data = data,
            Feedback = feedback,
            PersonalOrConfidential = confidential,
        };
    }

    private static CountermeasureStatus? ReadCountermeasure(MapReader item)
    {
        var e = Element(item, CountermeasureFields);
        var status = item.Enum("status", CountermeasureStatus.Statuses, required: true);
        var scope = item.StringList("scope");
        var owner = item.String("owner");
        var due = item.Date("due");
        var note = item.String("note");
        return e is null || status is null ? null : Finish(item, e.Value, new CountermeasureStatus
        {
            Id = e.Value.Id,
            Status = status,
            Scope = scope,
            Owner = owner,
            Due = due,
            Note = note,
        });
    }

    private List<string> EnumList(MapReader item, string key, IReadOnlyList<string> allowed)
    {
        var result = new List<string>();
        foreach (var (node, path) in item.Items(key))
        {
            if (node is YScalar { IsNull: false } scalar && allowed.Contains(scalar.Value))
            {
                result.Add(scalar.Value);
            }
            else
            {
                diagnostics.Error(node.Location, path, "InvalidEnum", string.Join(" | ", allowed), MapReader.Found(node));
            }
        }

        return result;
    }
}
