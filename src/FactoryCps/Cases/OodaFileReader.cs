using FactoryCps.Guideline;
using FactoryCps.Yaml;

namespace FactoryCps.Cases;

/// <summary>Reads a catalogue file's <c>ooda</c> section: the extension's role tables, and who may move each phase of a case.</summary>
internal static class OodaFileReader
{
    public static readonly string[] OodaStages = ["preventive", "damage"];
    public static readonly string[] OodaPhases = ["observe", "orient", "decide", "act"];
    public static readonly string[] OodaRoles =
        ["vendor", "security-dept", "plant", "appropriate-dept", "management", "security-lead", "site-manager", "bcp-lead"];

    /// <summary>The application's site roles that may move a case on (docs/roles.md; viewers only read).</summary>
    public static readonly string[] CaseRoles = ["security-lead", "site-manager", "engineer", "executive"];

    public static void Read(MapReader file, List<OodaEntry> ooda)
    {
        foreach (var item in file.MappingItems("ooda"))
        {
            item.OnlyKeys(CatalogItemReader.With("stage", "phase", "movedBy", "department", "decisionMakers", "actions"));
            var common = CatalogItemReader.Common(item);
            var stage = item.Enum("stage", OodaStages, required: true);
            var phase = item.Enum("phase", OodaPhases, required: true);
            var department = item.Mapping("department", required: true) is { } d ? ReadRole(d) : null;
            var decisionMakers = item.MappingItems("decisionMakers").Select(ReadRole).OfType<OodaRole>().ToList();
            var actions = item.TextList("actions", required: true);
            var movedBy = MovedBy(item);
            if (stage is null || phase is null || department is null)
            {
                continue;
            }

            ooda.Add(new OodaEntry
            {
                Stage = stage,
                Phase = phase,
                Department = department,
                DecisionMakers = decisionMakers,
                Actions = actions,
                MovedBy = movedBy,
                Provenance = common,
            });
        }
    }

    /// <summary>Defaults to the security department's head, who leads case handling when nobody else is named.</summary>
    private static List<string> MovedBy(MapReader item)
    {
        if (!item.Has("movedBy"))
        {
            return ["security-lead"];
        }

        var roles = new List<string>();
        foreach (var (node, path) in item.Items("movedBy"))
        {
            if (node is YScalar { IsNull: false } scalar && CaseRoles.Contains(scalar.Value, StringComparer.Ordinal))
            {
                roles.Add(scalar.Value);
            }
            else
            {
                item.Diagnostics.Error(node.Location, path, "InvalidEnum", string.Join(" | ", CaseRoles), MapReader.Found(node));
            }
        }

        return roles;
    }

    private static OodaRole? ReadRole(MapReader role)
    {
        role.OnlyKeys("role", "text");
        var id = role.Enum("role", OodaRoles, required: true);
        var text = role.Text("text", required: true);
        return id is null || text is null ? null : new OodaRole(id, text);
    }
}
