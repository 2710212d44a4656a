using FactoryCps.Checklists.Files;
using FactoryCps.Localization;

namespace FactoryCps.Tests.Checklists.Files;

/// <summary>The answers file (<c>kind: assessment</c>): read, written back the same, and every mistake named with its line.</summary>
public sealed class AssessmentFileTests
{
    private const string Good = """
        kind: assessment
        format: 1
        site: kawasaki
        round:
          title: 2026年度 上期
          due: 2026-09-30
          scope:
            zones: [control-line1]
            steps: [step3]
        answers:
        - question: q-cm-net-segmentation@control-line1
          level: 3
          comment: VLAN per line; =SUM(A1) stays text
          answeredBy: 田中
          answeredAt: 2026-06-01T09:00:00Z
        - question: q-step-s1-1
          level: na
          reason: No remote maintenance at this site
        - question: q-cm-backup
          level: 0
        - question: q-cm-usb
          level: null

        """;

    [Fact]
    public void A_file_is_read_with_every_field()
    {
        var result = AssessmentFileReader.ReadText(Good, "answers.yaml");

        Assert.True(result.Succeeded, Render(result));
        var document = result.Document!;
        Assert.Equal("kawasaki", document.Site);
        Assert.Equal("2026年度 上期", document.Round.Title);
        Assert.Equal(new DateOnly(2026, 9, 30), document.Round.Due);
        Assert.Equal(["control-line1"], document.Round.Scope.Zones);
        Assert.Equal(["step3"], document.Round.Scope.Steps);
        Assert.Empty(document.Round.Scope.Groups);
        Assert.Equal(
            ["q-cm-net-segmentation@control-line1 3 False", "q-step-s1-1 - True", "q-cm-backup 0 False", "q-cm-usb - False"],
            document.Answers.Select(a => $"{a.Question} {a.Level?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} {a.NotApplicable}"));
        Assert.Equal("No remote maintenance at this site", document.Answers[1].Reason);
        Assert.Equal("VLAN per line; =SUM(A1) stays text", document.Answers[0].Comment);
        Assert.Equal("田中", document.Answers[0].AnsweredBy);
        Assert.Equal(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero), document.Answers[0].AnsweredAt);
        Assert.Equal(11, document.Answers[0].Location!.Line);
        Assert.False(document.Answers[3].IsAnswered);
    }

    [Fact]
    public void Writing_what_was_read_gives_the_same_text_and_writing_again_the_same_bytes()
    {
        var read = AssessmentFileReader.ReadText(Good, "answers.yaml").Document!;

        var written = AssessmentFileWriter.Write(read);
        var again = AssessmentFileReader.ReadText(written, "again.yaml");

        Assert.True(again.Succeeded, Render(again));
        Assert.Equal(written, AssessmentFileWriter.Write(again.Document!));
        Assert.Equal(Good.Replace("\r\n", "\n", StringComparison.Ordinal), written.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void The_round_id_a_web_download_carries_is_read_and_written_back_first_in_its_round()
    {
        var document = new AssessmentDocument("kawasaki", new AssessmentRoundHeader("上期", null, FactoryCps.Checklists.AssessmentScope.All) { Id = "3|all|20261207T101500.000000Z" }, [AssessmentFileAnswer.Blank("q-cm-net-dmz")]);

        var written = AssessmentFileWriter.Write(document);
        var read = AssessmentFileReader.ReadText(written, "round.yaml");

        Assert.True(read.Succeeded, Render(read));
        Assert.Equal("3|all|20261207T101500.000000Z", read.Document!.Round.Id);
        Assert.Null(AssessmentFileReader.ReadText(Good, "answers.yaml").Document!.Round.Id);
        Assert.Contains("round:\n  id: 3|all|20261207T101500.000000Z\n  title:", written.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_keeps_an_empty_level_for_every_question()
    {
        var template = new AssessmentDocument("kawasaki", AssessmentRoundHeader.Empty, [AssessmentFileAnswer.Blank("q-a"), AssessmentFileAnswer.Blank("q-b@z1")]);

        var text = AssessmentFileWriter.Write(template);

        Assert.Equal("kind: assessment\nformat: 1\nsite: kawasaki\nanswers:\n- question: q-a\n  level: null\n- question: q-b@z1\n  level: null\n", text.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.True(AssessmentFileReader.ReadText(text, "t.yaml").Succeeded);
    }

    [Theory]
    [InlineData("format: 1\nsite: k\nanswers: []\n", "a.yaml:1:1", "AssessmentKindRequired")]
    [InlineData("kind: model\nformat: 1\nsite: k\n", "a.yaml:1:7", "AssessmentKindRequired")]
    [InlineData("kind: assessment\nsite: k\n", "a.yaml:1:1", "AssessmentFormatRequired")]
    [InlineData("kind: assessment\nformat: 2\nsite: k\n", "a.yaml:2:9", "AssessmentUnsupportedFormat")]
    [InlineData("kind: assessment\nformat: 1\nanswers: []\n", "a.yaml:1:1", "FieldRequired")]
    [InlineData("kind: assessment\nformat: 1\nsite: k\nanswers:\n  - question: q\n    level: 5\n", "a.yaml:6:12", "AssessmentLevelInvalid")]
    [InlineData("kind: assessment\nformat: 1\nsite: k\nanswers:\n  - question: q\n    level: '3'\n", "a.yaml:6:12", "AssessmentLevelInvalid")]
    [InlineData("kind: assessment\nformat: 1\nsite: k\nanswers:\n  - question: q\n    level: na\n", "a.yaml:6:5", "AssessmentReasonRequired")]
    [InlineData("kind: assessment\nformat: 1\nsite: k\nanswers:\n  - question: q\n    level: 2\n    reason: why\n", "a.yaml:7:5", "AssessmentReasonWithoutNa")]
    [InlineData("kind: assessment\nformat: 1\nsite: k\nanswers:\n  - question: q\n    comment: hm\n", "a.yaml:6:5", "AssessmentCommentWithoutLevel")]
    [InlineData("kind: assessment\nformat: 1\nsite: k\nanswers:\n  - question: q\n    level: 1\n  - question: q\n    level: 2\n", "a.yaml:7:5", "AssessmentDuplicateQuestion")]
    [InlineData("kind: assessment\nformat: 1\nsite: k\nanswers:\n  - question: q\n    levle: 1\n", "a.yaml:6:5", "UnknownField")]
    [InlineData("kind: assessment\nformat: 1\nsite: k\nanswers:\n  - level: 1\n", "a.yaml:5:5", "FieldRequired")]
    [InlineData("kind: assessment\nformat: 1\nsite: k\nanswers:\n  - question: q\n    level: 1\n    answeredAt: yesterday\n", "a.yaml:7:5", "ExpectedType")]
    [InlineData("kind: assessment\nformat: 1\nsite: k\nround: { due: soon }\n", "a.yaml:4:15", "ExpectedType")]
    [InlineData("kind: assessment\nformat: 1\nsite: k\nround: { scope: { lines: [a] } }\n", "a.yaml:4:19", "UnknownField")]
    [InlineData("kind: assessment\nformat: 1\nsite: k\nanswers:\n  - question: q\n    level: [1\n", "a.yaml:7", "Yaml")]
    public void A_mistake_is_named_with_its_line(string yaml, string where, string code)
    {
        var result = AssessmentFileReader.ReadText(yaml, "a.yaml");

        Assert.False(result.Succeeded);
        Assert.Null(result.Document);
        var first = result.Diagnostics[0];
        Assert.StartsWith(code, first.Message.Key, StringComparison.Ordinal);
        Assert.StartsWith(where, first.Location!.ToString(), StringComparison.Ordinal);
        Assert.NotEqual(first.Render(Language.Ja), first.Render(Language.En));
    }

    [Fact]
    public void Every_mistake_of_a_file_is_reported_in_one_run()
    {
        var result = AssessmentFileReader.ReadText("kind: assessment\nformat: 1\nsite: k\nanswers:\n  - { question: a, level: 9 }\n  - { question: b, level: na }\n  - { question: c, level: 1, reason: r }\n", "a.yaml");

        Assert.Equal(["AssessmentLevelInvalid", "AssessmentReasonRequired", "AssessmentReasonWithoutNa"], result.Diagnostics.Select(d => d.Message.Key));
        Assert.Equal([5, 6, 7], result.Diagnostics.Select(d => d.Location!.Line));
    }

    [Fact]
    public void A_text_over_the_limit_is_refused()
    {
        var result = AssessmentFileReader.ReadText($"kind: assessment\nformat: 1\nsite: k\nanswers:\n  - question: q\n    level: 1\n    comment: {new string('x', AssessmentFileReader.MaxTextLength + 1)}\n", "a.yaml");

        Assert.Equal("AssessmentTextTooLong", Assert.Single(result.Diagnostics).Message.Key);
    }

    [Fact]
    public void The_check_against_a_model_names_a_foreign_site_and_questions_not_asked()
    {
        var document = AssessmentFileReader.ReadText(Good, "answers.yaml").Document!;

        var otherSite = AssessmentFileCheck.Against(document, "answers.yaml", "yokohama", ["q-cm-backup"]);
        var unknown = AssessmentFileCheck.Against(document, "answers.yaml", "kawasaki", ["q-cm-backup", "q-step-s1-1", "q-cm-usb"]);

        Assert.Equal("AssessmentOtherSite", Assert.Single(otherSite).Message.Key);
        var problem = Assert.Single(unknown);
        Assert.Equal("answers.yaml:11:3: エラー: answers[0].question: 設問「q-cm-net-segmentation@control-line1」は、このモデルとこの範囲では問われません", problem.Render(Language.Ja));
    }

    private static string Render(AssessmentFileResult result) => string.Join("\n", result.Diagnostics.Select(d => d.Render(Language.En)));
}
