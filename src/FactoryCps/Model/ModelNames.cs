namespace FactoryCps.Model;

/// <summary>
/// The names people gave a model's elements, by kind and id, for text they read: an owner is 「生産技術課」, not
/// <c>plant-eng</c>; a zone 「制御ゾーン（ライン1）」, not <c>control-line1</c>. Ids are unique within a section,
/// not across sections, so a name is looked up by the element's kind (the rule language's subject kinds, and
/// <c>stakeholder</c>). An element without a name is shown by its id.
/// </summary>
internal sealed class ModelNames
{
    private readonly Dictionary<(string Kind, string Id), string> _names = [];

    public ModelNames(FactoryModel model)
    {
        Add("site", [model.Site]);
        Add("operation", model.Operations);
        Add("asset", model.Assets);
        Add("zone", model.Zones);
        Add("external", model.Externals);
        Add("conduit", model.Conduits);
        Add("dataFlow", model.DataFlows);
        Add("stakeholder", model.Stakeholders);
    }

    /// <summary>The name the model gives the element, or null when it gives none.</summary>
    public string? Given(string kind, string id) => _names.GetValueOrDefault((kind, id));

    public string Zone(string id) => Given("zone", id) ?? id;

    public string Asset(string id) => Given("asset", id) ?? id;

    /// <summary>A stakeholder: an owner of a countermeasure, a supplier, a department.</summary>
    public string Stakeholder(string id) => Given("stakeholder", id) ?? id;

    public string External(string id) => Given("external", id) ?? id;

    public string Operation(string id) => Given("operation", id) ?? id;

    private void Add(string kind, IEnumerable<ModelElement> elements)
    {
        foreach (var element in elements)
        {
            if (!string.IsNullOrWhiteSpace(element.Name))
            {
                _names.TryAdd((kind, element.Id), element.Name);
            }
        }
    }
}
