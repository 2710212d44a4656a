namespace FactoryCps.Suppliers.Actions;

/// <summary>Why a supplier action refused a change: a code, not text; the web words each.</summary>
internal enum SupplierActionRefusal
{
    /// <summary>A done action is a record of what was done: it is neither re-assigned nor done twice.</summary>
    Done,

    /// <summary>An action cannot have been due before it existed.</summary>
    DueBeforeCreation,

    OwnerTooLong,
}
