namespace FactoryCps.Web.Suppliers.Questionnaires;

/// <summary>
/// The questions issued to a supplier about one supplied item, in one round (re-assessments add rounds). The
/// questions are copied into <see cref="QuestionnaireItem"/> rows when issued, so that a later catalogue or model
/// change never alters what was asked. The core's review rules guard its changes (QuestionnaireRules).
/// </summary>
internal sealed partial class Questionnaire
{
    public long Id { get; set; }

    public int SiteId { get; set; }

    /// <summary>Per-site number staff quote; the id stays internal.</summary>
    public int Number { get; set; }

    /// <summary>Random, unguessable: the questionnaire's name outside the site (the portal, the Excel round trip).</summary>
    public required string PublicId { get; set; }

    public int SupplierId { get; set; }

    public int SuppliedItemId { get; set; }

    /// <summary>1 for the first questionnaire of the item, then one more per re-assessment.</summary>
    public int Round { get; set; }

    /// <summary><c>issued</c>, <c>answered</c> (every question has an answer) or <c>judged</c> (no more answers).</summary>
    public required string Status { get; set; }

    /// <summary>The item's category and phase when issued (the item may move on to another phase later).</summary>
    public required string Category { get; set; }

    public required string Phase { get; set; }

    public DateTimeOffset IssuedAt { get; set; }

    public required string IssuedBy { get; set; }

    public DateOnly? DueDate { get; set; }

    public DateTimeOffset? JudgedAt { get; set; }

    public string? JudgedBy { get; set; }

    public int Version { get; set; }

    public List<QuestionnaireItem> Items { get; set; } = [];

    public SuppliedItem? SuppliedItem { get; set; }

    public Supplier? Supplier { get; set; }
}
