using System.Text.Json.Nodes;
using FactoryCps.Checklists.Files;
using FactoryCps.Tests.Workbooks;

namespace FactoryCps.Tests.Cli;

/// <summary><c>fcps assessment template</c> and <c>score</c>: the files they write and read, their exit codes and outputs.</summary>
public sealed class AssessmentCommandTests
{
    private static readonly string Model = Path.Combine(TestPaths.RepositoryRoot, "samples", "smart-factory.yaml");
    private static readonly string Answers = Path.Combine(TestPaths.RepositoryRoot, "samples", "assessments", "smart-factory.yaml");
    private static readonly string Previous = Path.Combine(TestPaths.RepositoryRoot, "samples", "assessments", "smart-factory-2025.yaml");

    private static string Temp(string name) => Path.Combine(Directory.CreateTempSubdirectory("fcps-assessment-").FullName, name);

    [Fact]
    public void A_yaml_template_lists_every_question_of_the_scope_unanswered()
    {
        var path = Temp("answers.yaml");

        var result = CliRunner.Run("assessment", "template", Model, "--out", path, "--format", "yaml", "--zones", "control-line2", "--groups", "network", "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        var document = AssessmentFileReader.ReadFile(path).Document!;
        Assert.Equal("kawasaki", document.Site);
        Assert.Equal(["control-line2"], document.Round.Scope.Zones);
        Assert.Equal(["network"], document.Round.Scope.Groups);
        Assert.Contains(document.Answers, a => a.Question == "q-cm-net-zone-firewall@control-line2");
        Assert.DoesNotContain(document.Answers, a => a.Question.EndsWith("@office", StringComparison.Ordinal));
        Assert.All(document.Answers, a => Assert.False(a.IsAnswered));
        Assert.Equal($"{document.Answers.Count} questions written to {path}", result.Out.Trim());
    }

    [Fact]
    public void The_template_of_the_sample_is_what_the_sample_answers_file_answers()
    {
        var path = Temp("answers.yaml");

        Assert.Equal(0, CliRunner.Run("assessment", "template", Model, "--out", path, "--format", "yaml").ExitCode);

        var asked = AssessmentFileReader.ReadFile(path).Document!.Answers.Select(a => a.Question).ToHashSet(StringComparer.Ordinal);
        Assert.All(AssessmentFileReader.ReadFile(Answers).Document!.Answers, a => Assert.Contains(a.Question, asked));
    }

    [Fact]
    public void A_workbook_template_filled_in_is_scored()
    {
        var path = Temp("round.xlsx");
        Assert.Equal(0, CliRunner.Run("assessment", "template", Model, "--out", path, "--format", "xlsx", "--lang", "en", "--zones", "control-line2", "--groups", "network").ExitCode);
        File.WriteAllBytes(path, WorkbookEditor.Edit(File.ReadAllBytes(path), e => e.Type("Questions", "F2", "4 Done and maintained").Type("Questions", "F3", "Not applicable").Type("Questions", "G3", "none")));

        var result = CliRunner.Run("assessment", "score", Model, path, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var site = JsonNode.Parse(result.Out)!["scores"]!["site"]!;
        Assert.Equal(1, (int)site["answered"]!);
        Assert.Equal(1, (int)site["notApplicable"]!);
    }

    [Fact]
    public void Scores_and_disagreements_of_the_sample_as_json()
    {
        var result = CliRunner.Run("assessment", "score", Model, Answers, "--previous", Previous, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var json = JsonNode.Parse(result.Out)!;
        Assert.Equal(["model", "answers", "scope", "scores", "disagreements", "comparison"], json.AsObject().Select(p => p.Key));
        var site = json["scores"]!["site"]!;
        Assert.Equal(17, (int)site["answered"]!);
        Assert.Equal(1, (int)site["notApplicable"]!);
        Assert.Equal(["site", "steps", "groups", "zones"], json["scores"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["targetLevel", "achievedLevel", "met", "score", "requirements"], json["scores"]!["zones"]![0]!.AsObject().Select(p => p.Key).Skip(1));
        var firewall = json["disagreements"]!.AsArray().Single(d => (string?)d!["question"] == "q-cm-net-zone-firewall@control-line2")!;
        Assert.Equal("implemented", (string?)firewall["answered"]);
        Assert.Equal("partial", (string?)firewall["current"]);
        Assert.Equal("control-line2", (string?)firewall["zone"]);
        Assert.Contains("q-cm-net-zone-firewall@control-line2", json["comparison"]!["improved"]!.AsArray().Select(n => (string?)n));
        Assert.Contains("q-cm-dev-usb-control", json["comparison"]!["worsened"]!.AsArray().Select(n => (string?)n));
    }

    [Fact]
    public void The_text_view_speaks_the_users_language()
    {
        var japanese = CliRunner.Run("assessment", "score", Model, Answers, "--lang", "ja");
        var english = CliRunner.Run("assessment", "score", Model, Answers, "--lang", "en");

        Assert.Equal(0, japanese.ExitCode);
        Assert.Contains("川崎部品工場 の自己点検:", japanese.Out, StringComparison.Ordinal);
        Assert.Contains("3 件の回答がモデルの対策状況と食い違っています", japanese.Out, StringComparison.Ordinal);
        Assert.Contains("Self-assessment of 川崎部品工場:", english.Out, StringComparison.Ordinal);
        Assert.Contains("3 answers disagree with the model's countermeasure statuses", english.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mistake_in_an_answers_file_exits_2_with_its_line()
    {
        var path = Temp("bad.yaml");
        File.WriteAllText(path, "kind: assessment\nformat: 1\nsite: kawasaki\nanswers:\n  - question: q-cm-net-dmz\n    level: 7\n");

        var result = CliRunner.Run("assessment", "score", Model, path, "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{path}:6:12: error: answers[0].level: expected a level 0 to 4, na (not applicable) or nothing, found '7'", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Fact]
    public void Answers_to_questions_not_asked_or_for_another_site_exit_2()
    {
        var unknown = Temp("unknown.yaml");
        File.WriteAllText(unknown, "kind: assessment\nformat: 1\nsite: kawasaki\nanswers:\n  - question: q-cm-net-dmz@office\n    level: 2\n");
        var foreign = Temp("foreign.yaml");
        File.WriteAllText(foreign, "kind: assessment\nformat: 1\nsite: yokohama\nanswers: []\n");

        var notAsked = CliRunner.Run("assessment", "score", Model, unknown, "--lang", "ja");
        var otherSite = CliRunner.Run("assessment", "score", Model, foreign, "--lang", "en");

        Assert.Equal(2, notAsked.ExitCode);
        Assert.Contains($"{unknown}:5:5: エラー: answers[0].question: 設問「q-cm-net-dmz@office」は、このモデルとこの範囲では問われません", notAsked.Error, StringComparison.Ordinal);
        Assert.Equal(2, otherSite.ExitCode);
        Assert.Contains("these answers are for site 'yokohama', the model is site 'kawasaki'", otherSite.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrongly_filled_workbook_exits_2_with_its_sheet_and_cell()
    {
        var path = Temp("round.xlsx");
        Assert.Equal(0, CliRunner.Run("assessment", "template", Model, "--out", path, "--format", "xlsx", "--lang", "en", "--groups", "network").ExitCode);
        File.WriteAllBytes(path, WorkbookEditor.Edit(File.ReadAllBytes(path), e => e.Type("Questions", "F3", "maybe")));

        var result = CliRunner.Run("assessment", "score", Model, path, "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{path}: 'Questions'!F3: 'maybe' is not one of the choices", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scope_naming_what_the_model_does_not_have_exits_2()
    {
        var result = CliRunner.Run("assessment", "template", Model, "--out", Temp("t.yaml"), "--format", "yaml", "--zones", "line9", "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("scope (--zones/--steps/--groups): ", result.Error, StringComparison.Ordinal);
        Assert.Contains("line9", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ja", "ガイドラインのチェックリストによる自己点検")]
    [InlineData("en", "Self-assessment against the guideline's checklist")]
    public void Help_lists_the_command_in_the_users_language(string language, string description)
    {
        var result = CliRunner.Run("assessment", "--help", "--lang", language);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(description, result.Out, StringComparison.Ordinal);
        Assert.Contains("template", result.Out, StringComparison.Ordinal);
        Assert.Contains("score", result.Out, StringComparison.Ordinal);
    }
}
