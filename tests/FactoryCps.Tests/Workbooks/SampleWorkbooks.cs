using FactoryCps.Localization;
using FactoryCps.Workbooks;

namespace FactoryCps.Tests.Workbooks;

/// <summary>
/// Two workbook kinds that are not the questionnaire, declared as the next features will declare theirs: a
/// self-assessment round (level 0 to 4 from a dropdown, a not-applicable reason, a comment that needs a level)
/// with an instructions sheet, and a responsibility split (who carries each countermeasure) without one.
/// </summary>
internal static class SampleWorkbooks
{
    public static readonly WorkbookDefinition SelfAssessment = new(
        "test-self-assessment-xlsx/1",
        [IdentityField.Name("site", new("拠点", "site"), IdentityRole.Subject), IdentityField.Number("round", new("回次", "round"), IdentityRole.Revision)],
        new("自己評価", "Self-assessment"),
        [
            WorkbookColumn.RowKey("item", new("項目ID", "Item ID"), 14),
            WorkbookColumn.Shown("question", new("確認項目", "Check item"), 60, checkedOnImport: true),
            WorkbookColumn.Choice("level", new("レベル", "Level"), 12, [.. Enumerable.Range(0, 5).Select(l => new WorkbookChoice($"{l}", new($"レベル{l}", $"Level {l}")))]),
            WorkbookColumn.Text("not-applicable", new("対象外の理由", "Not applicable because"), 40, maxLength: 500),
            WorkbookColumn.Text("comment", new("コメント", "Comment"), 50, maxLength: 1000, requires: "level"),
        ],
        notesSheet: new("説明", "About"));

    public static readonly WorkbookDefinition ResponsibilitySplit = new(
        "test-responsibility-split-xlsx/1",
        [
            IdentityField.Name("site", new("拠点", "site"), IdentityRole.Subject),
            IdentityField.Guid("object", new("対象", "object"), IdentityRole.Subject),
            IdentityField.Number("revision", new("版", "revision"), IdentityRole.Revision),
        ],
        new("分担", "Split"),
        [
            WorkbookColumn.RowKey("countermeasure", new("対策ID", "Countermeasure"), 16),
            WorkbookColumn.Shown("title", new("対策", "What"), 60, checkedOnImport: true),
            WorkbookColumn.Choice("who", new("担当", "Who"), 14, [new("plant", new("工場", "Plant")), new("supplier", new("サプライヤー", "Supplier")), new("shared", new("共同", "Shared"))]),
        ]);

    public static readonly Guid ObjectId = Guid.Parse("0d6c3d38-5a43-4f4e-9d59-6f1b2f4c7a10");

    /// <summary>Four check items in rows 2 to 5; SA-2 already assessed at level 2 with a comment.</summary>
    public static WorkbookContent Assessment(string site = "kawasaki", int round = 3, string question3 = "Are backups tested?") =>
        new(SelfAssessment, "Self-assessment Kawasaki", new Dictionary<string, string> { ["site"] = site, ["round"] = IdentityField.Text(round) },
        [
            Row("SA-1", "question", "Is remote access approved per session?"),
            Row("SA-2", "question", "Are logs kept for 90 days?") with { Values = new Dictionary<string, string> { ["level"] = "2", ["comment"] = "Logs kept" } },
            Row("SA-3", "question", question3),
            Row("SA-4", "question", "=HYPERLINK(\"http://example.invalid\",\"Is USB use controlled?\")"),
        ])
        {
            Notes = language => [[new(language == Language.En ? "Self-assessment" : "自己評価", WorkbookStyle.Title)], [], [new("Round"), new("3")]],
        };

    /// <summary>Three countermeasures in rows 2 to 4, none assigned yet.</summary>
    public static WorkbookContent Split(int revision = 7, Guid? objectId = null) =>
        new(ResponsibilitySplit, "Split", new Dictionary<string, string> { ["site"] = "kawasaki", ["object"] = IdentityField.Text(objectId ?? ObjectId), ["revision"] = IdentityField.Text(revision) },
        [Row("CM-1", "title", "Patch the HMI"), Row("CM-2", "title", "Review remote access"), Row("CM-3", "title", "Back up the PLC programs")]);

    public static byte[] Export(WorkbookContent content, Language language)
    {
        using var output = new MemoryStream();
        WorkbookWriter.Write(content, language, output);
        return output.ToArray();
    }

    public static WorkbookImportResult Import(byte[] file, WorkbookContent expected) => WorkbookReader.Read(new MemoryStream(file), expected);

    private static WorkbookRow Row(string key, string column, string text) => new(key, new Dictionary<string, LocalizedText> { [column] = new(text + "（日本語）", text) });
}
