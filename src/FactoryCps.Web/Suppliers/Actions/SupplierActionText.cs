using System.Globalization;
using FactoryCps.Suppliers.Actions;
using FactoryCps.Web.Resources;

namespace FactoryCps.Web.Suppliers.Actions;

/// <summary>Why a change of a supplier action was not stored, in the request's language (the plan page, the overview and the API).</summary>
internal static class SupplierActionText
{
    public static string Problem(SupplierActionOutcome outcome) => outcome.Kind == SupplierActionOutcomeKind.Stale
        ? Format(WebText.SupplierActionStale, outcome.Action!.Version, SupplyLabels.ActionStatus(outcome.Action.Status), outcome.Action.Owner ?? "–", SupplyLabels.Date(outcome.Action.DueDate))
        : Refusal(outcome.Refusal!.Value, outcome.Action!);

    public static string Refusal(SupplierActionRefusal refusal, SupplierAction action) => refusal switch
    {
        SupplierActionRefusal.Done => WebText.SupplierActionRuleDone,
        SupplierActionRefusal.DueBeforeCreation => Format(WebText.SupplierActionRuleDueBeforeCreation, SupplyLabels.Date(action.CreatedOn)),
        _ => Format(WebText.SupplierActionRuleOwnerTooLong, SupplierAction.MaxOwner),
    };

    /// <summary>The refusal's code in problem details (<c>code</c>), stable for API clients.</summary>
    public static string Code(SupplierActionRefusal refusal) => refusal switch
    {
        SupplierActionRefusal.Done => "supplier-action-done",
        SupplierActionRefusal.DueBeforeCreation => "due-before-creation",
        _ => "owner-too-long",
    };

    private static string Format(string text, params object?[] args) => string.Format(CultureInfo.CurrentCulture, text, args);
}
