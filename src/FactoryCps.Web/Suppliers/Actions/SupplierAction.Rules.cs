using FactoryCps.Suppliers.Actions;

namespace FactoryCps.Web.Suppliers.Actions;

/// <summary>The stored action under the core's action rules (FactoryCps.Suppliers.Actions.SupplierActionRules).</summary>
internal sealed partial class SupplierAction : ISupplierAction
{
    public const string Open = SupplierActionRules.Open;
    public const string Done = SupplierActionRules.Done;

    public const int MaxOwner = SupplierActionRules.MaxOwner;

    public bool IsDone => SupplierActionRules.IsDone(this);

    /// <inheritdoc cref="SupplierActionRules.CreatedOn"/>
    public DateOnly CreatedOn => SupplierActionRules.CreatedOn(this);

    public bool IsOverdue(DateOnly today) => SupplierActionRules.IsOverdue(this, today);

    /// <inheritdoc cref="SupplierActionRules.Assign"/>
    public SupplierActionRefusal? Assign(string? owner, DateOnly? due) => SupplierActionRules.Assign(this, owner, due);

    public SupplierActionRefusal? MarkDone(string by, DateTimeOffset now) => SupplierActionRules.MarkDone(this, by, now);
}
