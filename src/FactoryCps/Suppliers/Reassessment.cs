namespace FactoryCps.Suppliers;

/// <summary>Why a supplied item's questionnaire is to be asked again.</summary>
internal enum ReassessmentTrigger
{
    /// <summary>No assessment has been completed yet.</summary>
    NeverAssessed,

    /// <summary>The interval since the last completed assessment has passed.</summary>
    Schedule,

    /// <summary>The contract ends within the lead time: assess before renewing.</summary>
    ContractRenewal,

    /// <summary>The supplier's support ends within the lead time.</summary>
    SupportEnd,

    /// <summary>An advisory for the supplier's product was published after the last assessment.</summary>
    NewAdvisory,
}

/// <summary>How often and how early to re-assess; the defaults are a yearly round, 90 days before a contract ends, 180 before support ends.</summary>
internal sealed record ReassessmentPolicy(int IntervalMonths = 12, int ContractLeadDays = 90, int SupportEndLeadDays = 180)
{
    public static ReassessmentPolicy Default { get; } = new();
}

/// <summary>
/// The facts about one supplied item: when its last assessment was completed, when its contract and the supplier's
/// support end, and the publication date of the newest advisory for its product (null: none known).
/// </summary>
internal sealed record ReassessmentFacts(DateOnly? LastCompleted, DateOnly? ContractEnd = null, DateOnly? SupportEnd = null, DateOnly? NewestAdvisory = null);

/// <summary>One reason, with the date from which it makes the re-assessment due.</summary>
internal sealed record ReassessmentReason(ReassessmentTrigger Trigger, DateOnly From);

/// <summary>
/// Whether a re-assessment is due on the day asked, the date it is (or becomes) due, and why: when due, every
/// reason in force (<see cref="DueDate"/> is the earliest of them, so an overdue one shows how long); otherwise the
/// reasons of the next due date.
/// </summary>
internal sealed record ReassessmentStatus(bool IsDue, DateOnly DueDate, IReadOnlyList<ReassessmentReason> Reasons)
{
    /// <summary>Days past the due date on <paramref name="today"/>; 0 when not yet due or due today.</summary>
    public int DaysOverdue(DateOnly today) => Math.Max(0, today.DayNumber - DueDate.DayNumber);
}
