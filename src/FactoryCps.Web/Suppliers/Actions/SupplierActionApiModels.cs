using FactoryCps.Localization;

namespace FactoryCps.Web.Suppliers.Actions;

/// <summary>
/// A supplier action in the API: the open point, where it came from, its owner and due date, whether it is overdue,
/// and its weight in the plan (<c>score</c>, comparable with a countermeasure's <c>riskReduced</c> in GET /plan).
/// Its version is the ETag.
/// </summary>
internal sealed record SupplierActionDto(
    long Id,
    int Questionnaire,
    int Supplier,
    string SupplierName,
    int SuppliedItem,
    string SuppliedItemName,
    string ItemId,
    LocalizedText Title,
    string Reason,
    bool Blocking,
    string? Note,
    string Status,
    string? Owner,
    DateOnly? Due,
    bool Overdue,
    int Score,
    int RiskAtStake,
    List<string> Zones,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DoneAt,
    string? DoneBy,
    int Version)
{
    public static SupplierActionDto Of(PlannedSupplierAction p)
    {
        var a = p.Action;
        var q = a.Questionnaire;
        return new(a.Id, q?.Number ?? 0, a.SupplierId, q?.Supplier?.Name ?? "", a.SuppliedItemId, q?.SuppliedItem?.Name ?? "", a.ItemId,
            new LocalizedText(a.TitleJa, a.TitleEn), a.Reason, a.Blocking, a.Note, a.Status, a.Owner, a.DueDate, p.Overdue,
            p.Weight.Score, p.Weight.RiskAtStake, [.. p.Weight.Zones], a.CreatedAt, a.DoneAt, a.DoneBy, a.Version);
    }
}

/// <summary>The body of an assignment: both fields replace what is stored (null or absent clears); unknown properties are refused.</summary>
internal sealed record SupplierActionAssignBody(string? Owner, DateOnly? Due);
