using FactoryCps.Web.Reviews;
using FactoryCps.Web.Suppliers.Actions;

namespace FactoryCps.Web.Plans;

/// <summary>
/// An item of the site's plan from outside the countermeasure plan (core <c>CombinedPlan</c>): a supplier's open
/// point, weighed in the plan's unit, or a recorded review's action, placed by its due date. The page shows and
/// searches each by its kind.
/// </summary>
internal abstract record PlanItem;

internal sealed record SupplierPlanItem(PlannedSupplierAction Planned) : PlanItem;

internal sealed record ReviewPlanItem(PlannedReviewAction Planned) : PlanItem;
