using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using FactoryCps.Analysis;
using FactoryCps.Catalog;
using FactoryCps.Catalog.Loading;
using FactoryCps.Documents;
using FactoryCps.Localization;
using FactoryCps.Procurement;
using FactoryCps.Resources;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FactoryCps.Tests.Procurement;

/// <summary>Specifications of the sample plant's items, and reading them back as a buyer's Word would.</summary>
internal static class ProcurementFixture
{
    public static readonly DateOnly Date = new(2026, 11, 28);

    public static GuidelineCatalog Catalog => CatalogLoader.Default;

    public static string SampleText => File.ReadAllText(SamplePath);

    public static string SamplePath => Path.Combine(TestPaths.RepositoryRoot, "samples", "smart-factory.yaml");

    public static AnalysisResult Analyze(string? yaml = null)
    {
        var result = ModelLoader.LoadText(yaml ?? SampleText, "smart-factory.yaml", Catalog);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Render(Language.En))));
        return ModelAnalyzer.Analyze(result.Loaded!, Date);
    }

    public static TextDocument Build(string itemId, Language language = Language.En, string? yaml = null)
    {
        var analysis = Analyze(yaml);
        var item = ProcurementItem.Find(analysis.Model, itemId) ?? throw new Xunit.Sdk.XunitException($"no item {itemId}");
        return ProcurementSpecification.Build(Catalog, analysis, item, language, "0.1.0");
    }

    /// <summary>A section heading exactly as the resources give it in a language.</summary>
    public static string Heading(string key, Language language) =>
        ProcurementText.ResourceManager.GetString(key, language.Culture()) ?? throw new Xunit.Sdk.XunitException($"no resource {key}");

    public static string Text(string key, Language language, params object[] args) =>
        string.Format(CultureInfo.InvariantCulture, Heading(key, language), args);

    public static WordprocessingDocument OpenDocx(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);

    /// <summary>The paragraphs of a given style, by their text.</summary>
    public static List<string> Styled(WordprocessingDocument document, string style) =>
    [
        .. document.MainDocumentPart!.Document!.Body!.Elements<W.Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == style)
            .Select(p => p.InnerText),
    ];

    public static string AllText(WordprocessingDocument document) =>
        string.Join("\n", document.MainDocumentPart!.Document!.Body!.Descendants<W.Paragraph>().Select(p => p.InnerText));
}
