namespace FactoryCps.Suppliers.Actions;

/// <summary>
/// What the action rules (<see cref="SupplierActionRules"/>) read and write of an open point become an action: its
/// status, owner, due date and completion. The web's stored action implements it.
/// </summary>
internal interface ISupplierAction
{
    /// <summary><see cref="SupplierActionRules.Open"/> or <see cref="SupplierActionRules.Done"/>.</summary>
    string Status { get; set; }

    /// <summary>When the review that made it was closed.</summary>
    DateTimeOffset CreatedAt { get; }

    string? Owner { get; set; }

    DateOnly? DueDate { get; set; }

    DateTimeOffset? DoneAt { get; set; }

    string? DoneBy { get; set; }

    /// <summary>Raised by every change.</summary>
    int Version { get; set; }
}
