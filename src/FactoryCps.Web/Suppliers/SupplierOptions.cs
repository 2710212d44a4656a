namespace FactoryCps.Web.Suppliers;

/// <summary>Fcps:Suppliers: how long an invitation link lives, how large an evidence file may be, and when to re-assess.</summary>
internal sealed class SupplierOptions
{
    public const string Section = "Fcps:Suppliers";

    /// <summary>Days an invitation link admits a supplier (1..90): long enough to gather documents, short enough to expire.</summary>
    public int InvitationDays { get; set; } = 14;

    /// <summary>Largest evidence file in bytes (64 KB .. 100 MB); files are kept in the database.</summary>
    public int EvidenceMaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Months between re-assessments of a supplied item (1..60).</summary>
    public int ReassessmentMonths { get; set; } = 12;

    /// <summary>Days before a contract ends that a re-assessment becomes due (0..730): time to act before renewing.</summary>
    public int ContractLeadDays { get; set; } = 90;

    /// <summary>Days before the supplier's support ends that a re-assessment becomes due (0..730).</summary>
    public int SupportEndLeadDays { get; set; } = 180;

    public FactoryCps.Suppliers.ReassessmentPolicy Policy => new(ReassessmentMonths, ContractLeadDays, SupportEndLeadDays);

    public bool IsValid => InvitationDays is >= 1 and <= 90 && EvidenceMaxBytes is >= 64 * 1024 and <= 100 * 1024 * 1024
        && ReassessmentMonths is >= 1 and <= 60 && ContractLeadDays is >= 0 and <= 730 && SupportEndLeadDays is >= 0 and <= 730;
}
