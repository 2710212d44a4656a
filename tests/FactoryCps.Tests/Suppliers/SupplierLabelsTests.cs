using FactoryCps.Localization;
using FactoryCps.Suppliers;
using FactoryCps.Suppliers.Questionnaires;

namespace FactoryCps.Tests.Suppliers;

public sealed class SupplierLabelsTests
{
    private static void AllDistinctInBothLanguages<T>(Func<T, LocalizedText> label)
        where T : struct, Enum
    {
        var labels = Enum.GetValues<T>().Select(label).ToList();

        Assert.All(labels, l => Assert.False(string.IsNullOrWhiteSpace(l.Ja) || string.IsNullOrWhiteSpace(l.En)));
        Assert.Equal(labels.Count, labels.Select(l => l.En).Distinct().Count());
        Assert.Equal(labels.Count, labels.Select(l => l.Ja).Distinct().Count());
        Assert.All(labels, l => Assert.NotEqual(l.En, l.Ja));
    }

    [Fact]
    public void Every_enum_value_has_its_own_label_in_japanese_and_english()
    {
        AllDistinctInBothLanguages<AnswerChoice>(SupplierLabels.Of);
        AllDistinctInBothLanguages<QuestionBasis>(SupplierLabels.Of);
        AllDistinctInBothLanguages<ReviewVerdict>(SupplierLabels.Of);
        AllDistinctInBothLanguages<JudgementKind>(SupplierLabels.Of);
        AllDistinctInBothLanguages<OpenPointReason>(SupplierLabels.Of);
        AllDistinctInBothLanguages<ReassessmentTrigger>(SupplierLabels.Of);
        AllDistinctInBothLanguages<AnswerChangeKind>(SupplierLabels.Of);
    }

    [Fact]
    public void Why_a_question_is_asked_names_its_zone_or_requirement()
    {
        var question = new QuestionnaireQuestion("q", new LocalizedText("質問", "Question"), QuestionBasis.TargetLevel, "control-line1");

        var why = SupplierLabels.Why(question);

        Assert.Contains("control-line1", why.En, StringComparison.Ordinal);
        Assert.Contains("control-line1", why.Ja, StringComparison.Ordinal);
        Assert.Equal(SupplierLabels.Of(QuestionBasis.Phase), SupplierLabels.Why(question with { Basis = QuestionBasis.Phase, BasisRef = null }));
    }

    [Fact]
    public void Rule_problems_render_in_both_languages_with_the_item()
    {
        var review = new QuestionnaireReview(new SupplyRequest("cloud", "contract", []), [new QuestionnaireQuestion("q1", new LocalizedText("質問", "Question"), QuestionBasis.Phase)]);

        var problem = Assert.Throws<QuestionnaireRuleException>(() => review.Accept("q1")).Problem;

        Assert.Contains("'q1'", problem.Render(Language.En), StringComparison.Ordinal);
        Assert.Contains("'q1'", problem.Render(Language.Ja), StringComparison.Ordinal);
    }
}
