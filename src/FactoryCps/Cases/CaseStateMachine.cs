namespace FactoryCps.Cases;

/// <summary>
/// The extension's OODA loop for one case (ext:3.3): only the people the site's OODA assignment names for the
/// current phase move it on, each phase needs its record before the next, and management approves the decision
/// for important assets. A refusal changes nothing; every change raises the version and is in the history.
/// </summary>
internal static class CaseStateMachine
{
    /// <summary>Asset importance at which the extension has management decide (重要度に応じて経営者).</summary>
    public const int ManagementImportance = 3;

    /// <summary>
    /// Writes the current phase's fields. An edited decision needs management's approval again. Fields that
    /// say what is already recorded change nothing and leave no trace in the history.
    /// </summary>
    public static CaseRefusal? Update(IOodaCase c, CaseActor actor, IReadOnlyCollection<string> movers, CaseFields fields, DateTimeOffset now)
    {
        if (Refuse(c, actor, movers) is { } refusal)
        {
            return refusal;
        }

        var before = (c.Assessment, c.Decision, c.DecisionMakers, c.OperationImpact, c.WorkDone, c.Evidence);

        switch (c.Phase)
        {
            case CasePhases.Orient:
                c.Assessment = fields.Assessment ?? c.Assessment;
                break;
            case CasePhases.Decide:
                var changed = (fields.Decision ?? c.Decision) != c.Decision || (fields.OperationImpact ?? c.OperationImpact) != c.OperationImpact;
                c.Decision = fields.Decision ?? c.Decision;
                c.DecisionMakers = fields.DecisionMakers ?? c.DecisionMakers;
                c.OperationImpact = fields.OperationImpact ?? c.OperationImpact;
                if (changed)
                {
                    c.ApprovedBy = null;
                    c.ApprovedAt = null;
                }

                break;
            case CasePhases.Act:
                c.WorkDone = fields.WorkDone ?? c.WorkDone;
                c.Evidence = fields.Evidence ?? c.Evidence;
                break;
        }

        if (before != (c.Assessment, c.Decision, c.DecisionMakers, c.OperationImpact, c.WorkDone, c.Evidence))
        {
            Record(c, actor, "update", c.Phase, c.Phase, null, now);
        }

        return null;
    }

    /// <summary>Completes the current phase and moves to the next; act moves to closed as fixed (or mitigated).</summary>
    public static CaseRefusal? Advance(IOodaCase c, CaseActor actor, IReadOnlyCollection<string> movers, int? assetImportance, DateTimeOffset now, string? resolution = null)
    {
        if ((Refuse(c, actor, movers) ?? Incomplete(c, assetImportance)) is { } refusal)
        {
            return refusal;
        }

        if (c.Phase == CasePhases.Act)
        {
            resolution ??= "fixed";
            if (resolution is not ("fixed" or "mitigated"))
            {
                return CaseRefusal.ResolutionNotAllowed;
            }

            return End(c, actor, resolution, now);
        }

        var from = c.Phase;
        c.Phase = CasePhases.Next(c.Phase);
        Record(c, actor, "advance", from, c.Phase, null, now);
        return null;
    }

    /// <summary>
    /// Ends the case before the work: not affected or a false positive once orient has assessed it; accepted
    /// once a decision is recorded (and approved where management must decide). Fixed and mitigated go through act.
    /// </summary>
    public static CaseRefusal? Close(IOodaCase c, CaseActor actor, IReadOnlyCollection<string> movers, string resolution, int? assetImportance, DateTimeOffset now)
    {
        if (Refuse(c, actor, movers) is { } refusal)
        {
            return refusal;
        }

        return resolution switch
        {
            "not-affected" or "false-positive" when c.Phase == CasePhases.Observe => CaseRefusal.AssessmentMissing,
            "not-affected" or "false-positive" when string.IsNullOrWhiteSpace(c.Assessment) => CaseRefusal.AssessmentMissing,
            "not-affected" or "false-positive" => End(c, actor, resolution, now),
            "accepted" when c.Phase is CasePhases.Decide or CasePhases.Act => DecisionIncomplete(c, assetImportance) ?? End(c, actor, resolution, now),
            "accepted" => CaseRefusal.DecisionMissing,
            "fixed" or "mitigated" when c.Phase == CasePhases.Act => Advance(c, actor, movers, assetImportance, now, resolution),
            _ => CaseRefusal.ResolutionNotAllowed,
        };
    }

    /// <summary>Management's approval of the decision: only management gives it, only while deciding.</summary>
    public static CaseRefusal? Approve(IOodaCase c, CaseActor actor, DateTimeOffset now)
    {
        if (c.Phase == CasePhases.Closed)
        {
            return CaseRefusal.Closed;
        }

        if (!actor.IsManagement)
        {
            return CaseRefusal.NotManagement;
        }

        if (c.Phase != CasePhases.Decide)
        {
            return CaseRefusal.NotDeciding;
        }

        if (DecisionIncomplete(c, null) is { } missing)
        {
            return missing;
        }

        c.ApprovedBy = actor.UserName;
        c.ApprovedAt = now;
        Record(c, actor, "approve", c.Phase, c.Phase, null, now);
        return null;
    }

    /// <summary>Whether management must approve the decision for an asset of this importance.</summary>
    public static bool NeedsManagement(int? assetImportance) => assetImportance >= ManagementImportance;

    /// <summary>Past its deadline while still open; a case closed late is a record, not an overdue case.</summary>
    public static bool IsOverdue(IOodaCase c, DateTimeOffset now) => c.ClosedAt is null && now > c.DueAt;

    private static CaseRefusal? Refuse(IOodaCase c, CaseActor actor, IReadOnlyCollection<string> movers) =>
        c.Phase == CasePhases.Closed ? CaseRefusal.Closed : actor.IsAmong(movers) ? null : CaseRefusal.NotYourPhase;

    private static CaseRefusal? Incomplete(IOodaCase c, int? assetImportance) => c.Phase switch
    {
        CasePhases.Orient when string.IsNullOrWhiteSpace(c.Assessment) => CaseRefusal.AssessmentMissing,
        CasePhases.Decide => DecisionIncomplete(c, assetImportance),
        CasePhases.Act when string.IsNullOrWhiteSpace(c.WorkDone) => CaseRefusal.WorkMissing,
        CasePhases.Act when string.IsNullOrWhiteSpace(c.Evidence) => CaseRefusal.EvidenceMissing,
        _ => null,
    };

    private static CaseRefusal? DecisionIncomplete(IOodaCase c, int? assetImportance) =>
        string.IsNullOrWhiteSpace(c.Decision) ? CaseRefusal.DecisionMissing
        : string.IsNullOrWhiteSpace(c.DecisionMakers) ? CaseRefusal.DecisionMakersMissing
        : string.IsNullOrWhiteSpace(c.OperationImpact) ? CaseRefusal.OperationImpactMissing
        : NeedsManagement(assetImportance) && c.ApprovedBy is null ? CaseRefusal.ApprovalMissing
        : null;

    private static CaseRefusal? End(IOodaCase c, CaseActor actor, string resolution, DateTimeOffset now)
    {
        var from = c.Phase;
        c.Phase = CasePhases.Closed;
        c.Resolution = resolution;
        c.ClosedAt = now;
        Record(c, actor, "close", from, c.Phase, resolution, now);
        return null;
    }

    private static void Record(IOodaCase c, CaseActor actor, string kind, string? from, string? to, string? note, DateTimeOffset now)
    {
        c.Version++;
        c.AddEvent(new CaseEvent(now, actor.UserName, kind, from, to, note));
    }
}
