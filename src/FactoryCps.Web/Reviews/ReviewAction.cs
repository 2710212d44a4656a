using FactoryCps.Suppliers.Actions;

namespace FactoryCps.Web.Reviews;

/// <summary>
/// Something a review decided to do, with its owner and due date. Once the review is closed it is an item of the
/// site's plan, kept and marked done by the same rules as a supplier's open point (<see cref="SupplierActionRules"/>).
/// </summary>
internal sealed class ReviewAction : ISupplierAction
{
    public long Id { get; set; }

    public long ReviewId { get; set; }

    public int SiteId { get; set; }

    public int Position { get; set; }

    public required string Title { get; set; }

    public string? Owner { get; set; }

    public DateOnly? DueDate { get; set; }

    /// <summary><see cref="SupplierActionRules.Open"/> or <see cref="SupplierActionRules.Done"/>.</summary>
    public required string Status { get; set; }

    /// <summary>When the review was closed (until then, when the action was written down).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DoneAt { get; set; }

    public string? DoneBy { get; set; }

    public int Version { get; set; } = 1;
}
