using FactoryCps.Web.Suppliers.Questionnaires;

namespace FactoryCps.Web.Suppliers.Actions;

/// <summary>
/// An open point of a judged questionnaire, become an action in the site's plan: a flagged answer to follow up, a
/// condition to carry out, or a question the supplier never answered. Created when the review is closed, with the
/// domain's bilingual title (OpenPoint.ActionTitle), and marked done by the people who manage suppliers.
/// </summary>
internal sealed partial class SupplierAction
{
    public long Id { get; set; }

    public int SiteId { get; set; }

    public long QuestionnaireId { get; set; }

    public int SupplierId { get; set; }

    public int SuppliedItemId { get; set; }

    /// <summary>The catalogue item id of the question.</summary>
    public required string ItemId { get; set; }

    public required string TitleJa { get; set; }

    public required string TitleEn { get; set; }

    /// <summary><c>flagged</c>, <c>condition</c> or <c>unanswered</c>.</summary>
    public required string Reason { get; set; }

    public bool Blocking { get; set; }

    /// <summary>The reviewer's note: the flag's reason or the condition.</summary>
    public string? Note { get; set; }

    /// <summary><c>open</c> or <c>done</c>.</summary>
    public required string Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Who sees to it: a site member, a model stakeholder id or a name, as the plan's countermeasures name theirs.</summary>
    public string? Owner { get; set; }

    /// <summary>Set when the review is closed (SupplierActionPriority.DefaultDue); changed by assigning.</summary>
    public DateOnly? DueDate { get; set; }

    public DateTimeOffset? DoneAt { get; set; }

    public string? DoneBy { get; set; }

    /// <summary>Raised by every change; the ETag of the API and the hidden version of the plan page's forms.</summary>
    public int Version { get; set; } = 1;

    public Questionnaire? Questionnaire { get; set; }
}
