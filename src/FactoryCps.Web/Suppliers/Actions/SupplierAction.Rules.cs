namespace FactoryCps.Web.Suppliers.Actions;

/// <summary>Why a supplier action refused a change.</summary>
public enum SupplierActionRefusal
{
    /// <summary>A done action is a record of what was done: it is neither re-assigned nor done twice.</summary>
    Done,

    /// <summary>An action cannot have been due before it existed.</summary>
    DueBeforeCreation,

    OwnerTooLong,
}

public sealed partial class SupplierAction
{
    public const string Open = "open";
    public const string Done = "done";

    public const int MaxOwner = 200;

    public bool IsDone => Status == Done;

    /// <summary>The UTC day the review was closed: the earliest due date allowed.</summary>
    public DateOnly CreatedOn => DateOnly.FromDateTime(CreatedAt.UtcDateTime);

    public bool IsOverdue(DateOnly today) => !IsDone && DueDate is { } due && today > due;

    /// <summary>Gives the action an owner (blank: nobody) and a due date; nothing changes for the same values again.</summary>
    public SupplierActionRefusal? Assign(string? owner, DateOnly? due)
    {
        if (IsDone)
        {
            return SupplierActionRefusal.Done;
        }

        owner = string.IsNullOrWhiteSpace(owner) ? null : owner.Trim();
        if (owner?.Length > MaxOwner)
        {
            return SupplierActionRefusal.OwnerTooLong;
        }

        if (due is { } d && d < CreatedOn)
        {
            return SupplierActionRefusal.DueBeforeCreation;
        }

        if (owner == Owner && due == DueDate)
        {
            return null;
        }

        Owner = owner;
        DueDate = due;
        Version++;
        return null;
    }

    public SupplierActionRefusal? MarkDone(string by, DateTimeOffset now)
    {
        if (IsDone)
        {
            return SupplierActionRefusal.Done;
        }

        Status = Done;
        DoneAt = now;
        DoneBy = by;
        Version++;
        return null;
    }
}
