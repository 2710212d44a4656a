namespace FactoryCps.Model;

/// <summary>
/// The names people gave a model's elements, by id, for text they read: an owner is 「生産技術課」, not
/// <c>plant-eng</c>; a zone 「制御ゾーン（ライン1）」, not <c>control-line1</c>. Ids are unique within a section,
/// not across sections, so each section has its own lookup. An element without a name is shown by its id.
/// </summary>
internal sealed class ModelNames
{
    private readonly Dictionary<string, string> _zones;
    private readonly Dictionary<string, string> _assets;
    private readonly Dictionary<string, string> _stakeholders;
    private readonly Dictionary<string, string> _externals;
    private readonly Dictionary<string, string> _operations;

    public ModelNames(FactoryModel model)
    {
        _zones = Index(model.Zones);
        _assets = Index(model.Assets);
        _stakeholders = Index(model.Stakeholders);
        _externals = Index(model.Externals);
        _operations = Index(model.Operations);
    }

    public string Zone(string id) => _zones.GetValueOrDefault(id, id);

    public string Asset(string id) => _assets.GetValueOrDefault(id, id);

    /// <summary>A stakeholder: an owner of a countermeasure, a supplier, a department.</summary>
    public string Stakeholder(string id) => _stakeholders.GetValueOrDefault(id, id);

    public string External(string id) => _externals.GetValueOrDefault(id, id);

    public string Operation(string id) => _operations.GetValueOrDefault(id, id);

    private static Dictionary<string, string> Index(IEnumerable<ModelElement> elements)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in elements)
        {
            if (!string.IsNullOrWhiteSpace(element.Name))
            {
                names.TryAdd(element.Id, element.Name);
            }
        }

        return names;
    }
}
