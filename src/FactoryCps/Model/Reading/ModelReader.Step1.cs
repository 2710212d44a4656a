using FactoryCps.Yaml;

namespace FactoryCps.Model.Reading;

internal sealed partial class ModelReader
{
    private static readonly string[] ObjectiveFields = ["id", "name", "description", "tags", "kind", "since"];
    private static readonly string[] RequirementFields = ["id", "name", "description", "tags", "applies", "note"];
    private static readonly string[] StakeholderFields = ["id", "name", "description", "tags", "kind", "contact"];
    private static readonly string[] OperationFields = ["id", "name", "description", "tags", "objective", "impact", "importance", "importanceReason"];

    private static readonly string[] ObjectiveKinds = ["visualization", "work-support", "collaborative-manufacturing", "other"];
    private static readonly string[] StakeholderKinds = ["internal", "vendor", "cloud-provider", "partner", "customer", "other"];

    private static Objective? ReadObjective(MapReader item)
    {
        var e = Element(item, ObjectiveFields);
        var kind = item.Enum("kind", ObjectiveKinds, required: true);
        var since = item.Date("since");
        return e is null || kind is null ? null : Finish(item, e.Value, new Objective
        {
            Id = e.Value.Id,
            Kind = kind,
            Since = since,
        });
    }

    private static RequirementApplicability? ReadRequirement(MapReader item)
    {
        var e = Element(item, RequirementFields);
        var applies = item.Bool("applies", required: true);
        var note = item.String("note");
        return e is null || applies is null ? null : Finish(item, e.Value, new RequirementApplicability
        {
            Id = e.Value.Id,
            Applies = applies.Value,
            Note = note,
        });
    }

    private static Stakeholder? ReadStakeholder(MapReader item)
    {
        var e = Element(item, StakeholderFields);
        var kind = item.Enum("kind", StakeholderKinds, required: true);
        var contact = item.String("contact");
        return e is null || kind is null ? null : Finish(item, e.Value, new Stakeholder
        {
            Id = e.Value.Id,
            Kind = kind,
            Contact = contact,
        });
    }

    private Operation? ReadOperation(MapReader item)
    {
        var e = Element(item, OperationFields);
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
        return e is null ? null : Finish(item, e.Value, new Operation
        {
            Id = e.Value.Id,
            Objective = objective,
            Impact = impact,
            Importance = importance,
            ImportanceReason = reason,
        });
    }
}
