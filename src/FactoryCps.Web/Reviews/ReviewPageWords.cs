using System.Globalization;
using FactoryCps.Model;
using FactoryCps.Reviews;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Resources;

namespace FactoryCps.Web.Reviews;

/// <summary>A review's words in the request's language: kinds, states, calls, refusals and input errors, from the resources.</summary>
internal static class ReviewPageWords
{
    public static string Kind(string kind) => ReviewWords.Kind(kind, Lang.Current);

    public static string State(ReviewRecord review) => review.IsClosed ? WebText.ReviewStateClosed : WebText.ReviewStateOpen;

    public static string Refusal(ReviewRefusal refusal) =>
        WebText.ResourceManager.GetString("ReviewRefusal_" + refusal, CultureInfo.CurrentUICulture) ?? WebText.ApiRefused;

    /// <summary>What is wrong with a field of a review (kind, heldOn, nextReview, decisions, participants, actions).</summary>
    public static string Invalid(string field) =>
        WebText.ResourceManager.GetString("ReviewInvalid_" + field.Split('.', '[')[0], CultureInfo.CurrentUICulture) ?? WebText.ApiInvalidDetail;

    public static string Bcp(BcpCheck bcp) =>
        ReviewWords.Text("Bcp_" + bcp.State, Lang.Current, Date(bcp.Reviewed), Date(bcp.NewestObjective));

    /// <summary>A call for a review as the dashboard's finding says it, naming an objective by its name.</summary>
    public static string Call(ReviewCall call, FactoryModel? model = null) => Findings([call], model)[0].Message.Get(Lang.Current);

    /// <summary>The calls as the dashboard's findings (one per reason), objectives named by their names.</summary>
    public static IReadOnlyList<FactoryCps.Findings.Finding> Findings(IReadOnlyList<ReviewCall> calls, FactoryModel? model) =>
        ReviewDue.Findings(calls, c => c.Reason == ReviewCallReason.NewObjective
            ? model?.Objectives.FirstOrDefault(o => o.Id == c.Subject)?.Name ?? c.Subject!
            : c.Subject!);

    /// <summary>An element's change in the model diff: added, removed or changed.</summary>
    public static string Change(string change) =>
        WebText.ResourceManager.GetString("ReviewChange_" + change, CultureInfo.CurrentUICulture) ?? change;

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
