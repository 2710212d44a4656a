namespace FactoryCps.Rules;

/// <summary>
/// What rules may ask of each kind of model element. Rules are checked against this when the catalogue
/// loads, so an unknown attribute is an error rather than a condition that is silently never true.
/// The analysis supplies elements that answer these attributes (<see cref="IRuleElement"/>).
/// </summary>
internal sealed class ElementSchema
{
    private static readonly RuleType Zone = RuleType.Element("zone");
    private static readonly RuleType Endpoint = RuleType.Element("endpoint");

    private readonly Dictionary<string, IReadOnlyDictionary<string, RuleType>> _kinds;

    private ElementSchema(Dictionary<string, IReadOnlyDictionary<string, RuleType>> kinds) => _kinds = kinds;

    /// <summary>The kinds a rule may name as its subject; <c>endpoint</c> is only reached by navigation.</summary>
    public static IReadOnlyList<string> SubjectKinds { get; } = ["site", "zone", "asset", "operation", "conduit", "external", "dataFlow"];

    public static ElementSchema FactoryModel { get; } = new(new()
    {
        ["site"] = new Dictionary<string, RuleType>
        {
            ["id"] = RuleType.String,
            ["industry"] = RuleType.String,
            ["zones"] = RuleType.ElementList("zone"),
            ["assets"] = RuleType.ElementList("asset"),
            ["externals"] = RuleType.ElementList("external"),
            ["conduits"] = RuleType.ElementList("conduit"),
            ["dataFlows"] = RuleType.ElementList("dataFlow"),
            ["operations"] = RuleType.ElementList("operation"),
            ["bcpReviewed"] = RuleType.Date,
            ["newestObjectiveSince"] = RuleType.Date,
        },
        ["zone"] = new Dictionary<string, RuleType>
        {
            ["id"] = RuleType.String,
            ["template"] = RuleType.String,
            ["importance"] = RuleType.Int,
            ["targetLevel"] = RuleType.Int,
            ["targetLevelLowered"] = RuleType.Bool,
            ["targetLevelReason"] = RuleType.String,
            ["assets"] = RuleType.ElementList("asset"),
            ["conduits"] = RuleType.ElementList("conduit"),
            ["tags"] = RuleType.StringList,
        },
        ["asset"] = new Dictionary<string, RuleType>
        {
            ["id"] = RuleType.String,
            ["kind"] = RuleType.String,
            ["zone"] = Zone,
            ["operations"] = RuleType.ElementList("operation"),
            ["importance"] = RuleType.Int,
            ["importanceLowered"] = RuleType.Bool,
            ["generalPurpose"] = RuleType.Bool,
            ["storesData"] = RuleType.Bool,
            ["capacityUsedPercent"] = RuleType.Int,
            ["licenseExpires"] = RuleType.Date,
            ["supportEnds"] = RuleType.Date,
            ["vendor"] = RuleType.String,
            ["product"] = RuleType.String,
            ["version"] = RuleType.String,
            ["hasSbom"] = RuleType.Bool,
            ["tags"] = RuleType.StringList,
        },
        ["operation"] = new Dictionary<string, RuleType>
        {
            ["id"] = RuleType.String,
            ["importance"] = RuleType.Int,
            ["importanceLowered"] = RuleType.Bool,
            ["objective"] = RuleType.String,
        },
        ["conduit"] = new Dictionary<string, RuleType>
        {
            ["id"] = RuleType.String,
            ["from"] = Endpoint,
            ["to"] = Endpoint,
            ["protocols"] = RuleType.StringList,
            ["direction"] = RuleType.String,
            ["encrypted"] = RuleType.Bool,
            ["authenticated"] = RuleType.Bool,
            ["controls"] = RuleType.StringList,
            ["importanceGap"] = RuleType.Int,
            ["tags"] = RuleType.StringList,
        },
        ["external"] = new Dictionary<string, RuleType>
        {
            ["id"] = RuleType.String,
            ["kind"] = RuleType.String,
            ["conduits"] = RuleType.ElementList("conduit"),
        },
        ["dataFlow"] = new Dictionary<string, RuleType>
        {
            ["id"] = RuleType.String,
            ["from"] = Endpoint,
            ["to"] = Endpoint,
            ["data"] = RuleType.String,
            ["feedback"] = RuleType.Bool,
            ["personalOrConfidential"] = RuleType.Bool,
            ["tags"] = RuleType.StringList,
        },
        ["endpoint"] = new Dictionary<string, RuleType>
        {
            ["id"] = RuleType.String,
            ["type"] = RuleType.String,
            ["kind"] = RuleType.String,
            ["zone"] = Zone,
            ["storesData"] = RuleType.Bool,
            ["importance"] = RuleType.Int,
        },
    });

    public bool HasKind(string kind) => _kinds.ContainsKey(kind);

    public IReadOnlyDictionary<string, RuleType> Attributes(string kind) => _kinds[kind];

    public bool TryGetAttribute(string kind, string attribute, out RuleType type)
    {
        type = RuleType.Null;
        return _kinds.TryGetValue(kind, out var attributes) && attributes.TryGetValue(attribute, out type!);
    }
}
