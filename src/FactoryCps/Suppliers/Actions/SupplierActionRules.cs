namespace FactoryCps.Suppliers.Actions;

/// <summary>
/// The guards of a supplier action: it is assigned (an owner and a due date no earlier than its creation day) and
/// marked done once; a done action is a record. A refusal changes nothing; a change raises the version.
/// </summary>
internal static class SupplierActionRules
{
    public const string Open = "open";
    public const string Done = "done";

    public const int MaxOwner = 200;

    public static bool IsDone(ISupplierAction action) => action.Status == Done;

    /// <summary>The UTC day the review was closed: the earliest due date allowed.</summary>
    public static DateOnly CreatedOn(ISupplierAction action) => DateOnly.FromDateTime(action.CreatedAt.UtcDateTime);

    public static bool IsOverdue(ISupplierAction action, DateOnly today) => !IsDone(action) && action.DueDate is { } due && today > due;

    /// <summary>Gives the action an owner (blank: nobody) and a due date; nothing changes for the same values again.</summary>
    public static SupplierActionRefusal? Assign(ISupplierAction action, string? owner, DateOnly? due)
    {
        if (IsDone(action))
        {
            return SupplierActionRefusal.Done;
        }

        owner = string.IsNullOrWhiteSpace(owner) ? null : owner.Trim();
        if (owner?.Length > MaxOwner)
        {
            return SupplierActionRefusal.OwnerTooLong;
        }

        if (due is { } d && d < CreatedOn(action))
        {
            return SupplierActionRefusal.DueBeforeCreation;
        }

        if (owner == action.Owner && due == action.DueDate)
        {
            return null;
        }

        action.Owner = owner;
        action.DueDate = due;
        action.Version++;
        return null;
    }

    public static SupplierActionRefusal? MarkDone(ISupplierAction action, string by, DateTimeOffset now)
    {
        if (IsDone(action))
        {
            return SupplierActionRefusal.Done;
        }

        action.Status = Done;
        action.DoneAt = now;
        action.DoneBy = by;
        action.Version++;
        return null;
    }
}
