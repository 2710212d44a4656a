using System.Security.Claims;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Resources;
using FactoryCps.Web.Security;

namespace FactoryCps.Web.Checklists;

/// <summary>A round's refusals and input errors in the request's language, from the resources.</summary>
internal static class RoundText
{
    public static string Refusal(RoundRefusal refusal) =>
        WebText.ResourceManager.GetString("AssessmentRefusal_" + refusal, System.Globalization.CultureInfo.CurrentUICulture) ?? WebText.ApiRefused;

    /// <summary>What is wrong with a field of a new round (title, dueDate, scope, assignments) or a review.</summary>
    public static string Invalid(string field) =>
        WebText.ResourceManager.GetString("AssessmentInvalid_" + field.Split('.', '[')[0], System.Globalization.CultureInfo.CurrentUICulture) ?? WebText.ApiInvalidDetail;

    /// <summary>A round's state in words.</summary>
    public static string State(AssessmentRound round) => round.IsClosed ? WebText.AssessmentStateClosed : WebText.AssessmentStateOpen;

    public static string Review(string? review) => review switch
    {
        RoundQuestion.Accepted => WebText.AssessmentReviewAccepted,
        RoundQuestion.AskedAgain => WebText.AssessmentReviewAskedAgain,
        _ => WebText.AssessmentReviewPending,
    };

    public static string Decision(string? decision) => decision switch
    {
        AssessmentRound.Applied => WebText.AssessmentDecisionApplied,
        AssessmentRound.Kept => WebText.AssessmentDecisionKept,
        _ => "",
    };

    /// <summary>A site role in words (the members page's).</summary>
    public static string Role(string role) => SiteRoleText.Name(role);
}

internal static class RoundActors
{
    /// <summary>The signed-in user with their role at the request's site; those who manage rounds may answer any question.</summary>
    public static RoundActor Of(SiteContext access, ClaimsPrincipal user)
    {
        var actor = user.Actor();
        return new RoundActor(actor.UserId, actor.UserName, access.Role, access.May(SitePermission.ManageAssessments));
    }
}
