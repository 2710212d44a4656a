using FactoryCps.Guideline;
using FactoryCps.Model;
using FactoryCps.Provenance;
using FactoryCps.Rules;

namespace FactoryCps.Graph;

/// <summary>
/// Boxed values shared between calls: rules read attributes as objects, and boxing a fresh int or bool for
/// every read of every element would make the analysis of a large plant allocation-bound.
/// </summary>
internal static class Boxed
{
    private static readonly object True = true;
    private static readonly object False = false;
    private static readonly object[] Small = [.. Enumerable.Range(0, 129).Select(i => (object)i)];

    public static object Of(bool value) => value ? True : False;

    public static object Of(int value) => value is >= 0 and <= 128 ? Small[value] : value;

    public static object? Of(int? value) => value is { } v ? Of(v) : null;

    public static object? Of(bool? value) => value is { } v ? Of(v) : null;
}

internal sealed class SiteNode(Site site, DateOnly? bcpReviewed, DateOnly? newestObjectiveSince) : IRuleElement
{
    public Site Model { get; } = site;

    public ModelGraph? Graph { get; set; }

    public string Kind => "site";

    public object? Get(string attribute) => attribute switch
    {
        "id" => Model.Id,
        "industry" => Model.Industry,
        "bcpReviewed" => bcpReviewed,
        "newestObjectiveSince" => newestObjectiveSince,
        "zones" => Graph?.Zones,
        "assets" => Graph?.Assets,
        "externals" => Graph?.Externals,
        "conduits" => Graph?.Conduits,
        "dataFlows" => Graph?.DataFlows,
        "operations" => Graph?.Operations,
        _ => null,
    };
}

internal sealed class ZoneNode(Zone zone, DerivedValue importance) : IRuleElement
{
    public Zone Model { get; } = zone;

    public int Importance => ImportanceWhy.Value;

    public DerivedValue ImportanceWhy { get; } = importance;

    public DerivedValue? TargetLevel { get; set; }

    /// <summary>The level raises that applied whatever the date, found once when the model was loaded.</summary>
    public List<LevelRaise> DateIndependentRaises { get; } = [];

    public List<IRuleElement> AssetList { get; } = [];

    public List<IRuleElement> ConduitList { get; } = [];

    public string Kind => "zone";

    public object? Get(string attribute) => attribute switch
    {
        "id" => Model.Id,
        "template" => Model.Template,
        "importance" => Boxed.Of(Importance),
        "targetLevel" => Boxed.Of(TargetLevel?.Value),
        "targetLevelLowered" => Boxed.Of(TargetLevel?.Lowered ?? false),
        "targetLevelReason" => string.IsNullOrWhiteSpace(Model.TargetLevelReason) ? null : Model.TargetLevelReason,
        "assets" => AssetList,
        "conduits" => ConduitList,
        "tags" => Model.Tags,
        _ => null,
    };
}

internal sealed class AssetNode(Asset asset, DerivedValue importance, ZoneNode? zone, IReadOnlyList<IRuleElement> operations) : IRuleElement
{
    public Asset Model { get; } = asset;

    public DerivedValue Importance { get; } = importance;

    public ZoneNode? Zone { get; } = zone;

    public string Kind => "asset";

    public object? Get(string attribute) => attribute switch
    {
        "id" => Model.Id,
        "kind" => Model.Kind,
        "zone" => Zone,
        "operations" => operations,
        "importance" => Boxed.Of(Importance.Value),
        "importanceLowered" => Boxed.Of(Importance.Lowered),
        "generalPurpose" => Boxed.Of(Model.GeneralPurpose),
        "storesData" => Boxed.Of(Model.StoresData),
        "capacityUsedPercent" => Boxed.Of(Model.CapacityUsedPercent),
        "licenseExpires" => Model.LicenseExpires,
        "supportEnds" => Model.SupportEnds,
        "vendor" => Model.Vendor,
        "product" => Model.Product,
        "version" => Model.Version,
        "hasSbom" => Boxed.Of(Model.Sbom is not null),
        "tags" => Model.Tags,
        _ => null,
    };
}

internal sealed class OperationNode(Operation operation, DerivedValue importance) : IRuleElement
{
    public Operation Model { get; } = operation;

    public DerivedValue Importance { get; } = importance;

    public string Kind => "operation";

    public object? Get(string attribute) => attribute switch
    {
        "id" => Model.Id,
        "importance" => Boxed.Of(Importance.Value),
        "importanceLowered" => Boxed.Of(Importance.Lowered),
        "objective" => Model.Objective,
        _ => null,
    };
}

internal sealed class ExternalNode(External external) : IRuleElement
{
    public External Model { get; } = external;

    public List<IRuleElement> ConduitList { get; } = [];

    public string Kind => "external";

    public object? Get(string attribute) => attribute switch
    {
        "id" => Model.Id,
        "kind" => Model.Kind,
        "conduits" => ConduitList,
        _ => null,
    };
}

internal sealed class ConduitNode(Conduit conduit, EndpointNode from, EndpointNode to) : IRuleElement
{
    public Conduit Model { get; } = conduit;

    public EndpointNode From { get; } = from;

    public EndpointNode To { get; } = to;

    public string Kind => "conduit";

    public int ImportanceGap => From.Type == "zone" && To.Type == "zone" ? Math.Abs(From.Importance - To.Importance) : 0;

    public object? Get(string attribute) => attribute switch
    {
        "id" => Model.Id,
        "from" => From,
        "to" => To,
        "protocols" => Model.Protocols,
        "direction" => Model.Direction,
        "encrypted" => Boxed.Of(Model.Encrypted),
        "authenticated" => Boxed.Of(Model.Authenticated),
        "controls" => Model.Controls,
        "importanceGap" => Boxed.Of(ImportanceGap),
        "tags" => Model.Tags,
        _ => null,
    };
}

internal sealed class DataFlowNode(DataFlow flow, EndpointNode from, EndpointNode to) : IRuleElement
{
    public DataFlow Model { get; } = flow;

    public EndpointNode From { get; } = from;

    public EndpointNode To { get; } = to;

    public string Kind => "dataFlow";

    public object? Get(string attribute) => attribute switch
    {
        "id" => Model.Id,
        "from" => From,
        "to" => To,
        "data" => Model.Data,
        "feedback" => Boxed.Of(Model.Feedback),
        "personalOrConfidential" => Boxed.Of(Model.PersonalOrConfidential),
        "tags" => Model.Tags,
        _ => null,
    };
}

/// <summary>An end of a conduit or data flow: a zone, an asset or an external, seen uniformly.</summary>
internal sealed class EndpointNode(string id, string type, string? kind, ZoneNode? zone, bool storesData, int importance) : IRuleElement
{
    public string Id { get; } = id;

    public string Type { get; } = type;

    public ZoneNode? Zone { get; } = zone;

    public int Importance { get; } = importance;

    public string Kind => "endpoint";

    public static EndpointNode ForZone(ZoneNode zone) => new(zone.Model.Id, "zone", zone.Model.Template, zone, false, zone.Importance);

    public static EndpointNode ForAsset(AssetNode asset) => new(asset.Model.Id, "asset", asset.Model.Kind, asset.Zone, asset.Model.StoresData, asset.Importance.Value);

    public static EndpointNode ForExternal(ExternalNode external) => new(external.Model.Id, "external", external.Model.Kind, null, false, 0);

    /// <summary>A dangling reference: the validator reports it; analysis treats it as an end about which nothing is known.</summary>
    public static EndpointNode Unknown(string id) => new(id, "unknown", null, null, false, 0);

    public object? Get(string attribute) => attribute switch
    {
        "id" => Id,
        "type" => Type,
        "kind" => kind,
        "zone" => Zone,
        "storesData" => Boxed.Of(storesData),
        "importance" => Boxed.Of(Importance),
        _ => null,
    };
}
