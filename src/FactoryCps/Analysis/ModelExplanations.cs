using FactoryCps.Catalog;
using FactoryCps.Localization;
using FactoryCps.Model;
using FactoryCps.Provenance;

namespace FactoryCps.Analysis;

/// <summary>
/// The words an analysis's explanations are written with (<see cref="ExplanationSentence"/>): the model's names
/// and the catalogue's rule descriptions. Built once per analysis and language by whoever shows explanations
/// (a report context, a command's output), never per explanation: the names are one dictionary over the model.
/// </summary>
internal static class ModelExplanations
{
    public static ExplanationSentence Sentences(FactoryModel model, GuidelineCatalog catalog, Language language) =>
        new(Words(model, catalog), language);

    public static ExplanationWords Words(FactoryModel model, GuidelineCatalog catalog)
    {
        var names = new ModelNames(model);

        // A conduit or a data flow seldom has a name of its own: its ends name it ("事務ゾーン – 基幹系ゾーン",
        // "ライン1 PLC → ヒストリアン"), in marks that read the same in both languages.
        var byEnds = new Dictionary<(string Kind, string Id), string>();
        foreach (var conduit in model.Conduits.Where(c => names.Given("conduit", c.Id) is null))
        {
            byEnds[("conduit", conduit.Id)] = $"{End(names, conduit.From, "zone", "external")} – {End(names, conduit.To, "zone", "external")}";
        }

        foreach (var flow in model.DataFlows.Where(f => names.Given("dataFlow", f.Id) is null))
        {
            byEnds[("dataFlow", flow.Id)] = $"{End(names, flow.From, "asset", "external", "zone")} → {End(names, flow.To, "asset", "external", "zone")}";
        }

        var descriptions = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        foreach (var rule in catalog.Rules)
        {
            descriptions[rule.Id] = rule.Description;
        }

        foreach (var raise in catalog.LevelMapping.Raises)
        {
            descriptions[Explanation.LevelRaisePrefix + raise.Id] = raise.Description;
        }

        return new ExplanationWords((kind, id) => names.Given(kind, id) ?? byEnds.GetValueOrDefault((kind, id)), descriptions, catalog.ImportanceScale);
    }

    private static string End(ModelNames names, string id, params string[] kinds) =>
        kinds.Select(kind => names.Given(kind, id)).FirstOrDefault(name => name is not null) ?? id;
}
