using FactoryCps.Model;

namespace FactoryCps.Guidance;

/// <summary>
/// Step 3 as far as the model records it: the periodic review (the <c>ops-pdca-review</c> countermeasure) and the
/// BCP's review date. Cases, suppliers and SBOMs live in the web's database; the web's step page shows those.
/// </summary>
internal static partial class StepStates
{
    /// <summary>The catalogue countermeasure that stands for the PDCA review until review records exist (issue 18).</summary>
    public const string PdcaReview = "ops-pdca-review";

    private static void Operation(StepFacts facts, StepStateBuilder state)
    {
        var model = facts.Model;
        var title = CountermeasureTitle(facts, PdcaReview);
        var review = model.Countermeasures.Where(c => c.Id == PdcaReview).ToList();
        if (review.Count == 0)
        {
            state.Miss(StepTarget.Plan, "PdcaReviewUnrecorded", title);
        }

        foreach (var status in review)
        {
            var word = ModelWords.Choice("countermeasures", "status", status.Status, facts.Language);
            var target = status.Scope.Count > 0 ? StepTarget.Zone(status.Scope[0]) : StepTarget.Plan;
            if (status.Status is "implemented" or "not-applicable")
            {
                state.Fill(target, "PdcaReviewStatus", title, word);
            }
            else
            {
                state.Miss(target, "PdcaReviewOpen", title, word);
            }
        }

        if (model.Bcp.Reviewed is { } reviewed)
        {
            state.Fill(StepTarget.SectionOf("bcp"), "FilledBcpReviewed", reviewed);
        }
        else
        {
            state.Miss(StepTarget.SectionOf("bcp"), "MissingBcpReview");
        }
    }
}
