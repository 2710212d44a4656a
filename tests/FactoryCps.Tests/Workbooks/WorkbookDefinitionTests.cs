using System.Text.RegularExpressions;
using System.Xml.Linq;
using FactoryCps.Localization;
using FactoryCps.Suppliers.Questionnaires.Excel;
using FactoryCps.Workbooks;

namespace FactoryCps.Tests.Workbooks;

/// <summary>A declaration that could not be written or read back is refused when it is made; every problem has its words.</summary>
public sealed class WorkbookDefinitionTests
{
    private static readonly LocalizedText Name = new("名前", "Name");

    private static WorkbookDefinition Define(params WorkbookColumn[] columns) => new("test/1", [], new("表", "Table"), columns);

    [Fact]
    public void The_row_key_comes_first_and_only_once()
    {
        Assert.Throws<ArgumentException>(() => Define(WorkbookColumn.Shown("a", Name, 10)));
        Assert.Throws<ArgumentException>(() => Define(WorkbookColumn.RowKey("a", Name, 10), WorkbookColumn.RowKey("b", Name, 10)));
        Assert.Throws<ArgumentException>(() => Define(WorkbookColumn.RowKey("a", Name, 10), WorkbookColumn.Shown("a", Name, 10)));
        Assert.NotNull(Define(WorkbookColumn.RowKey("a", Name, 10), WorkbookColumn.Shown("b", Name, 10)));
    }

    [Fact]
    public void Identity_keys_are_unique_and_not_the_reserved_ones()
    {
        var key = WorkbookColumn.RowKey("id", Name, 10);

        Assert.Throws<ArgumentException>(() => new WorkbookDefinition("test/1", [IdentityField.Name("language", Name, IdentityRole.Subject)], Name, [key]));
        Assert.Throws<ArgumentException>(() => new WorkbookDefinition("test/1", [IdentityField.Name("id", Name, IdentityRole.Subject)], Name, [key]));
        Assert.Throws<ArgumentException>(() => new WorkbookDefinition("test/1", [], new("FactoryCPS", "Table"), [key]));
    }

    [Fact]
    public void A_dropdown_must_fit_excels_list_rule()
    {
        Assert.Throws<ArgumentException>(() => WorkbookColumn.Choice("c", Name, 10, []));
        Assert.Throws<ArgumentException>(() => WorkbookColumn.Choice("c", Name, 10, [new("a", new("は,い", "yes"))]));
        Assert.Throws<ArgumentException>(() => WorkbookColumn.Choice("c", Name, 10, [new("a", new("\"", "yes"))]));
        Assert.Throws<ArgumentException>(() => WorkbookColumn.Choice("c", Name, 10, [.. Enumerable.Range(0, 30).Select(i => new WorkbookChoice($"{i}", new($"選択肢{i}", $"Choice number {i}")))]));
        Assert.Equal("a,b", WorkbookColumn.Choice("c", Name, 10, [new("1", new("x", "a")), new("2", new("y", "b"))]).List(Language.En));
    }

    [Fact]
    public void A_text_may_only_require_a_choice_column()
    {
        Assert.Throws<ArgumentException>(() => Define(WorkbookColumn.RowKey("id", Name, 10), WorkbookColumn.Text("t", Name, 10, 5, requires: "id")));
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkbookColumn.Text("t", Name, 10, 0));
    }

    [Fact]
    public void A_text_for_one_choice_names_a_code_its_choice_column_offers()
    {
        var key = WorkbookColumn.RowKey("id", Name, 10);
        var level = WorkbookColumn.Choice("level", Name, 10, [new("1", new("一", "one")), new("na", new("対象外", "N/A"))]);

        Assert.Throws<ArgumentException>(() => WorkbookColumn.Text("why", Name, 10, 5, forChoice: "na"));
        Assert.Throws<ArgumentException>(() => Define(key, level, WorkbookColumn.Text("why", Name, 10, 5, requires: "level", forChoice: "maybe")));
        Assert.Equal("na", Define(key, level, WorkbookColumn.Text("why", Name, 10, 5, requires: "level", forChoice: "na")).Columns[2].ForChoice);
    }

    [Fact]
    public void Every_generic_problem_has_a_message_in_both_languages_with_the_same_placeholders()
    {
        var en = Messages("Messages.resx");
        var ja = Messages("Messages.ja.resx");

        foreach (var kind in Enum.GetValues<WorkbookProblemKind>())
        {
            var key = WorkbookMessages.Default.Key(kind);
            Assert.True(en.ContainsKey(key) && ja.ContainsKey(key), key);
            Assert.NotEqual(en[key], ja[key]);
            Assert.Equal(Placeholders(en[key]), Placeholders(ja[key]));
        }

        Assert.Equal(Enum.GetValues<WorkbookProblemKind>().Length, en.Keys.Count(k => k.StartsWith("Workbook", StringComparison.Ordinal)));
    }

    /// <summary>The questionnaire keeps its published codes: each kind maps to one of its messages, no two to the same.</summary>
    [Fact]
    public void The_questionnaire_names_every_problem_with_its_own_code()
    {
        var en = Messages("Messages.resx");
        var keys = Enum.GetValues<WorkbookProblemKind>().Select(QuestionnaireLayout.Definition.Messages.Key).ToList();

        Assert.All(keys, k => Assert.True(en.ContainsKey(k) && k.StartsWith("QuestionnaireXlsx", StringComparison.Ordinal), k));
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(en.Keys.Count(k => k.StartsWith("QuestionnaireXlsx", StringComparison.Ordinal)), keys.Count);
    }

    private static Dictionary<string, string> Messages(string file) =>
        XDocument.Load(Path.Combine(TestPaths.RepositoryRoot, "src", "FactoryCps", "Resources", file))
            .Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

    private static string Placeholders(string text) =>
        string.Join(",", Regex.Matches(text, @"\{\d\}").Select(m => m.Value).Order(StringComparer.Ordinal));
}
