namespace FactoryCps.Web.Suppliers;

internal enum SupplyOutcomeKind
{
    Done,
    NotFound,
    Invalid,

    /// <summary>The caller changed an old version (If-Match, or the form's hidden version).</summary>
    Stale,

    /// <summary>The site already has a supplier of that name.</summary>
    Exists,
}

/// <summary>The result of storing a supplier or an item: the stored row, or why not.</summary>
internal sealed record SupplyOutcome<T>(SupplyOutcomeKind Kind, T? Value = null, SupplyErrors? Errors = null)
    where T : class;
