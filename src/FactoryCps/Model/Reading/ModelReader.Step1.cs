using FactoryCps.Yaml;

namespace FactoryCps.Model.Reading;

internal sealed partial class ModelReader
{
    private static readonly string[] ObjectiveKinds = ["visualization", "work-support", "collaborative-manufacturing", "other"];
    private static readonly string[] StakeholderKinds = ["internal", "vendor", "cloud-provider", "partner", "customer", "other"];

    private static Objective? ReadObjective(MapReader item)
    {
        var e = Element(item, "kind", "since");
        var kind = item.Enum("kind", ObjectiveKinds, required: true);
        var since = item.Date("since");
        return e is null || kind is null ? null : new Objective
        {
            Id = e.Value.Id,
            Name = e.Value.Name,
            Description = e.Value.Description,
            Tags = e.Value.Tags,
            Kind = kind,
            Since = since,
            Location = item.Map.Location,
            Path = item.Path,
            Node = item.Map,
        };
    }

    private static RequirementApplicability? ReadRequirement(MapReader item)
    {
        var e = Element(item, "applies", "note");
        var applies = item.Bool("applies", required: true);
        var note = item.String("note");
        return e is null || applies is null ? null : new RequirementApplicability
        {
            Id = e.Value.Id,
            Name = e.Value.Name,
            Description = e.Value.Description,
            Tags = e.Value.Tags,
            Applies = applies.Value,
            Note = note,
            Location = item.Map.Location,
            Path = item.Path,
            Node = item.Map,
        };
    }

    private static Stakeholder? ReadStakeholder(MapReader item)
    {
        var e = Element(item, "kind", "contact");
        var kind = item.Enum("kind", StakeholderKinds, required: true);
        var contact = item.String("contact");
        return e is null || kind is null ? null : new Stakeholder
        {
            Id = e.Value.Id,
            Name = e.Value.Name,
            Description = e.Value.Description,
            Tags = e.Value.Tags,
            Kind = kind,
            Contact = contact,
            Location = item.Map.Location,
            Path = item.Path,
            Node = item.Map,
        };
    }

    private Operation? ReadOperation(MapReader item)
    {
        var e = Element(item, "objective", "impact", "importance", "importanceReason");
        var objective = item.String("objective");
        var impact = new Dictionary<string, int>(StringComparer.Ordinal);
        if (item.Mapping("impact") is { } axes)
        {
            axes.OnlyKeys([.. Operation.ImpactAxes]);
            foreach (var axis in Operation.ImpactAxes)
            {
                if (axes.Int(axis, ImportanceMin, ImportanceMax) is { } value)
                {
                    impact[axis] = value;
                }
            }
        }

        var importance = item.Int("importance", ImportanceMin, ImportanceMax);
        var reason = item.String("importanceReason");
        return e is null ? null : new Operation
        {
            Id = e.Value.Id,
            Name = e.Value.Name,
            Description = e.Value.Description,
            Tags = e.Value.Tags,
            Objective = objective,
            Impact = impact,
            Importance = importance,
            ImportanceReason = reason,
            Location = item.Map.Location,
            Path = item.Path,
            Node = item.Map,
        };
    }
}
