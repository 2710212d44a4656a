namespace FactoryCps.Web.Suppliers;

/// <summary>Fcps:Suppliers: how long an invitation link lives, and how large an evidence file may be.</summary>
public sealed class SupplierOptions
{
    public const string Section = "Fcps:Suppliers";

    /// <summary>Days an invitation link admits a supplier (1..90): long enough to gather documents, short enough to expire.</summary>
    public int InvitationDays { get; set; } = 14;

    /// <summary>Largest evidence file in bytes (64 KB .. 100 MB); files are kept in the database.</summary>
    public int EvidenceMaxBytes { get; set; } = 10 * 1024 * 1024;

    public bool IsValid => InvitationDays is >= 1 and <= 90 && EvidenceMaxBytes is >= 64 * 1024 and <= 100 * 1024 * 1024;
}
