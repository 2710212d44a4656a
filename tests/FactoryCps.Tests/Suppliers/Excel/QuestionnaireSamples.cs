using FactoryCps.Catalog.Loading;
using FactoryCps.Localization;
using FactoryCps.Suppliers.Questionnaires;
using FactoryCps.Suppliers.Questionnaires.Excel;
using FactoryCps.Workbooks;

namespace FactoryCps.Tests.Suppliers.Excel;

/// <summary>Questionnaires to export: the catalogue's real supply-chain items, and made-up ones of any size.</summary>
internal static class QuestionnaireSamples
{
    public static readonly Guid Id = Guid.Parse("6f1c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f");

    /// <summary>The catalogue's first six supply-chain items, one asked for a zone's target level, one pre-answered.</summary>
    public static QuestionnaireSheet Catalogue(int round = 2, IReadOnlyList<SupplierAnswer>? answers = null)
    {
        var items = CatalogLoader.Default.SupplyChain.Take(6).ToList();
        var questions = items
            .Select((item, i) => new QuestionnaireQuestion(item.Id, item.Text, i == 5 ? QuestionBasis.TargetLevel : QuestionBasis.Phase, i == 5 ? "control-zone" : null))
            .ToList();
        return new QuestionnaireSheet(
            Id,
            round,
            "Remote maintenance service / 遠隔保守サービス",
            "Example Automation K.K.",
            "Kawasaki plant",
            new DateOnly(2026, 3, 31),
            questions,
            answers ?? [new SupplierAnswer(items[1].Id, AnswerChoice.Partly, "Logs kept 90 days")]);
    }

    public static QuestionnaireSheet ManyItems(int count) => Catalogue() with
    {
        Questions =
        [
            .. Enumerable.Range(1, count).Select(i => new QuestionnaireQuestion(
                $"Q-{i:D4}",
                new LocalizedText($"質問{i}：供給者は脆弱性情報を公開していますか。", $"Question {i}: does the supplier publish vulnerability information?"),
                QuestionBasis.Organisation)),
        ],
        Answers = [],
    };

    public static byte[] Export(QuestionnaireSheet questionnaire, Language language)
    {
        using var output = new MemoryStream();
        QuestionnaireXlsxWriter.Write(questionnaire, language, output);
        return output.ToArray();
    }

    public static QuestionnaireImportResult Import(byte[] file, QuestionnaireSheet expected, XlsxLimits? limits = null) =>
        QuestionnaireXlsxReader.Read(new MemoryStream(file), expected, limits);
}
