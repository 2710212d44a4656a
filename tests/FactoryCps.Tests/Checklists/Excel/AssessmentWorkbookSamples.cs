using FactoryCps.Catalog;
using FactoryCps.Catalog.Loading;
using FactoryCps.Checklists;
using FactoryCps.Checklists.Excel;
using FactoryCps.Localization;

namespace FactoryCps.Tests.Checklists.Excel;

/// <summary>
/// A small round of the built-in catalogue's questions: two for the whole site (a step point's, a countermeasure's)
/// and one countermeasure asked per zone, for two zones; rows 2 to 5 of the questions sheet, the second answered
/// already. Columns: A id, B step, C subject, D zone, E question, F level, G reason, H comment.
/// </summary>
internal static class AssessmentWorkbookSamples
{
    public static GuidelineCatalog BuiltInCatalog => CatalogLoader.Default;

    public static AssessmentSheet Round(string site = "kawasaki", string round = "7", AssessmentScope? scope = null, int questions = 4, IReadOnlyList<AssessmentAnswer>? answers = null)
    {
        var step = BuiltInCatalog.Checklist.First(i => i.SubjectKind == "step");
        var segmentation = BuiltInCatalog.Checklist.Single(i => i.Id == "q-cm-net-segmentation");
        var wireless = BuiltInCatalog.Checklist.Single(i => i.Id == "q-cm-net-wireless");
        AssessmentQuestion[] all =
        [
            new(step.Id, step, null),
            new(segmentation.Id, segmentation, null),
            new(AssessmentQuestion.IdOf(wireless, "line1"), wireless, "line1"),
            new(AssessmentQuestion.IdOf(wireless, "warehouse"), wireless, "warehouse"),
        ];
        return new AssessmentSheet(site, "川崎工場", round, "2026年度 上期", new DateOnly(2026, 9, 30), scope ?? AssessmentScope.All, [.. all.Take(questions)], answers ?? [AssessmentAnswer.AtLevel(segmentation.Id, 2, "VLAN のみ")])
        {
            ZoneNames = new Dictionary<string, string> { ["line1"] = "ライン1", ["warehouse"] = "自動倉庫" },
        };
    }

    public static byte[] Export(AssessmentSheet sheet, Language language)
    {
        using var output = new MemoryStream();
        AssessmentWorkbook.Write(sheet, BuiltInCatalog, language, output);
        return output.ToArray();
    }

    public static AssessmentImportResult Import(byte[] file, AssessmentSheet expected) => AssessmentWorkbook.Read(new MemoryStream(file), expected, BuiltInCatalog);
}
