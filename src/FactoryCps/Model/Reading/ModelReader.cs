using FactoryCps.Diagnostics;
using FactoryCps.Guideline;
using FactoryCps.Yaml;

namespace FactoryCps.Model.Reading;

/// <summary>
/// Reads a factory model (YAML or JSON, format 1) into <see cref="FactoryModel"/>, reporting every
/// structural problem with line, column and path. References are checked by <see cref="ModelValidator"/>.
/// </summary>
internal sealed partial class ModelReader(DiagnosticBag diagnostics, IReadOnlyList<ScaleLevel> importanceScale, LevelMapping levelMapping)
{
    private static readonly string[] SiteFields = ["id", "name", "description", "tags", "organization", "industry"];

    private static readonly string[] TopLevel =
    [
        "format", "site", "objectives", "bcp", "requirements", "stakeholders", "operations", "assets", "zones",
        "externals", "conduits", "dataFlows", "countermeasures",
    ];


    public FactoryModel? Read(YNode root)
    {
        if (MapReader.Of(root, "", diagnostics) is not { } file)
        {
            return null;
        }

        file.OnlyKeys(allowExtensions: true, TopLevel);
        if (!FormatIsSupported(file))
        {
            return null;
        }

        var site = file.Mapping("site", required: true) is { } s ? ReadSite(s) : null;
        var model = new FactoryModel
        {
            Site = site ?? new Site { Id = "site" },
            Objectives = List(file, "objectives", ReadObjective),
            Bcp = file.Mapping("bcp") is { } bcp ? ReadBcp(bcp) : new Bcp(),
            Requirements = List(file, "requirements", ReadRequirement),
            Stakeholders = List(file, "stakeholders", ReadStakeholder),
            Operations = List(file, "operations", ReadOperation),
            Assets = List(file, "assets", ReadAsset),
            Zones = List(file, "zones", ReadZone),
            Externals = List(file, "externals", ReadExternal),
            Conduits = List(file, "conduits", ReadConduit),
            DataFlows = List(file, "dataFlows", ReadDataFlow),
            Countermeasures = List(file, "countermeasures", ReadCountermeasure),
        };
        return site is null ? null : model;
    }

    /// <summary>Anything but <c>format: 1</c> is an error that names the supported version (spec, top level).</summary>
    private bool FormatIsSupported(MapReader file)
    {
        switch (file.Map["format"])
        {
            case null or YScalar { IsNull: true }:
                diagnostics.Error(file.Map.Location, "format", "ModelFormatRequired", FactoryModel.FormatVersion);
                return false;
            case YScalar { IsPlain: true, Value: "1" }:
                return true;
            case var node:
                diagnostics.Error(node.Location, "format", "ModelUnsupportedFormat", MapReader.Found(node), FactoryModel.FormatVersion);
                return false;
        }
    }

    private static List<T> List<T>(MapReader file, string key, Func<MapReader, T?> read)
        where T : class =>
        [.. file.MappingItems(key).Select(read).OfType<T>()];

    /// <summary>Fields every element has; null when the id is missing or invalid (the element is then left out).</summary>
    private static (string Id, string? Name, string? Description, IReadOnlyList<string> Tags)? Element(MapReader item, string[] allowed)
    {
        item.OnlyKeys(allowExtensions: true, allowed);
        var id = item.Id();
        var name = item.String("name");
        var description = item.String("description");
        var tags = item.StringList("tags");
        return id is null ? null : (id, name, description, tags);
    }

    /// <summary>Sets what every element has (display texts, where it was written) on an element read by a section reader.</summary>
    private static T Finish<T>(MapReader item, (string Id, string? Name, string? Description, IReadOnlyList<string> Tags) header, T element)
        where T : ModelElement =>
        (T)(element with
        {
            Name = header.Name,
            Description = header.Description,
            Tags = header.Tags,
            Location = item.Map.Location,
            Path = item.Path,
            Node = item.Map,
        });

    private int ImportanceMin => importanceScale.Min(l => l.Value);

    private int ImportanceMax => importanceScale.Max(l => l.Value);

    private Site? ReadSite(MapReader item)
    {
        if (Element(item, SiteFields) is not { } e)
        {
            return null;
        }

        return Finish(item, e, new Site
        {
            Id = e.Id,
            Organization = item.String("organization"),
            Industry = item.String("industry"),
        });
    }

    private static Bcp ReadBcp(MapReader item)
    {
        item.OnlyKeys(allowExtensions: true, "reviewed", "maxTolerableDowntimeHours");
        return new Bcp
        {
            Reviewed = item.Date("reviewed"),
            MaxTolerableDowntimeHours = item.Int("maxTolerableDowntimeHours", 0, 100_000),
        };
    }
}
