using FactoryCps.Catalog;
using FactoryCps.Model;

namespace FactoryCps.Suppliers;

/// <summary>Chooses the questions to ask a supplier about one supplied item.</summary>
public static class QuestionnaireGenerator
{
    public static IReadOnlyList<QuestionnaireQuestion> Generate(GuidelineCatalog catalog, FactoryModel model, SupplyRequest request)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(request);
        return
        [
            .. catalog.SupplyChain
                .Where(i => i.Category == request.Category && i.Phase == request.Phase)
                .Select(i => new QuestionnaireQuestion(i.Id, i.Text, QuestionBasis.Phase)),
        ];
    }
}
