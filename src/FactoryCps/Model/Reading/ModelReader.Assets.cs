using FactoryCps.Yaml;

namespace FactoryCps.Model.Reading;

internal sealed partial class ModelReader
{
    private static readonly string[] AssetFields = ["id", "name", "description", "tags", "kind", "zone", "operations", "importance", "importanceReason", "generalPurpose", "vendor", "product", "version", "cpe", "purl", "sbom", "storesData", "capacityUsedPercent", "licenseExpires", "supportEnds", "stakeholder"];
    private static readonly string[] ZoneFields = ["id", "name", "description", "tags", "template", "targetLevel", "targetLevelReason"];
    private static readonly string[] ExternalFields = ["id", "name", "description", "tags", "kind", "stakeholder"];

    private Asset? ReadAsset(MapReader item)
    {
        var e = Element(item, AssetFields);
        var kind = item.Enum("kind", Asset.Kinds, required: true);

        // Assets are the bulk of a large model: made once with their header rather than copied by Finish.
        var asset = new Asset
        {
            Id = e?.Id ?? "",
            Name = e?.Name,
            Description = e?.Description,
            Tags = e?.Tags ?? [],
            Location = item.Map.Location,
            Path = item.Path,
            Node = item.Map,
            Kind = kind ?? "other",
            Zone = item.String("zone"),
            Operations = item.StringList("operations"),
            Importance = item.Int("importance", ImportanceMin, ImportanceMax),
            ImportanceReason = item.String("importanceReason"),
            GeneralPurpose = item.Bool("generalPurpose") ?? false,
            Vendor = item.String("vendor"),
            Product = item.String("product"),
            Version = item.String("version"),
            Cpe = item.String("cpe"),
            Purl = item.String("purl"),
            Sbom = item.String("sbom"),
            StoresData = item.Bool("storesData") ?? false,
            CapacityUsedPercent = item.Int("capacityUsedPercent", 0, 100),
            LicenseExpires = item.Date("licenseExpires"),
            SupportEnds = item.Date("supportEnds"),
            Stakeholder = item.String("stakeholder"),
        };
        if (kind is not null && asset.Zone is null && !Asset.ZonelessKinds.Contains(kind))
        {
            diagnostics.Error(item.Map.Location, item.PathOf("zone"), "ModelAssetNeedsZone", kind, string.Join(", ", Asset.ZonelessKinds));
        }

        return e is null || kind is null ? null : asset;
    }

    private Zone? ReadZone(MapReader item)
    {
        var e = Element(item, ZoneFields);
        var template = item.String("template");
        var level = item.Int("targetLevel", 1, levelMapping.MaxLevel);
        var reason = item.String("targetLevelReason");
        return e is null ? null : Finish(item, e.Value, new Zone
        {
            Id = e.Value.Id,
            Template = template,
            TargetLevel = level,
            TargetLevelReason = reason,
        });
    }

    private static External? ReadExternal(MapReader item)
    {
        var e = Element(item, ExternalFields);
        var kind = item.Enum("kind", External.Kinds, required: true);
        var stakeholder = item.String("stakeholder");
        return e is null || kind is null ? null : Finish(item, e.Value, new External
        {
            Id = e.Value.Id,
            Kind = kind,
            Stakeholder = stakeholder,
        });
    }
}
