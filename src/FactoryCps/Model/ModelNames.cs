namespace FactoryCps.Model;

/// <summary>
/// The names people gave a model's elements, by id, for text they read: an owner is 「生産技術課」, not
/// <c>plant-eng</c>; a zone 「制御ゾーン（ライン1）」, not <c>control-line1</c>. Ids are unique within a section,
/// not across sections, so each section has its own lookup. An element without a name is shown by its id.
/// </summary>
internal sealed class ModelNames
{
    private readonly Dictionary<string, string> zones;
    private readonly Dictionary<string, string> assets;
    private readonly Dictionary<string, string> stakeholders;
    private readonly Dictionary<string, string> externals;
    private readonly Dictionary<string, string> operations;

    public ModelNames(FactoryModel model)
    {
        zones = Index(model.Zones);
        assets = Index(model.Assets);
        stakeholders = Index(model.Stakeholders);
        externals = Index(model.Externals);
        operations = Index(model.Operations);
    }

    public string Zone(string id) => zones.GetValueOrDefault(id, id);

    public string Asset(string id) => assets.GetValueOrDefault(id, id);

    /// <summary>A stakeholder: an owner of a countermeasure, a supplier, a department.</summary>
    public string Stakeholder(string id) => stakeholders.GetValueOrDefault(id, id);

    public string External(string id) => externals.GetValueOrDefault(id, id);

    public string Operation(string id) => operations.GetValueOrDefault(id, id);

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
