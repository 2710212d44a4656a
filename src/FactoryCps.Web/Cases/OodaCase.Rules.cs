namespace FactoryCps.Web.Cases;

public sealed partial class OodaCase
{
    /// <summary>Asset importance at which the extension has management decide (重要度に応じて経営者).</summary>
    public const int ManagementImportance = 3;

    /// <summary>
    /// Writes the current phase's fields. An edited decision needs management's approval again. Fields that
    /// say what is already recorded change nothing and leave no trace in the history.
    /// </summary>
    public CaseRefusal? Update(CaseActor actor, IReadOnlyCollection<string> movers, CaseFields fields, DateTimeOffset now)
    {
        if (Refuse(actor, movers) is { } refusal)
        {
            return refusal;
        }

        var before = (Assessment, Decision, DecisionMakers, OperationImpact, WorkDone, Evidence);

        switch (Phase)
        {
            case CasePhases.Orient:
                Assessment = fields.Assessment ?? Assessment;
                break;
            case CasePhases.Decide:
                var changed = (fields.Decision ?? Decision) != Decision || (fields.OperationImpact ?? OperationImpact) != OperationImpact;
                Decision = fields.Decision ?? Decision;
                DecisionMakers = fields.DecisionMakers ?? DecisionMakers;
                OperationImpact = fields.OperationImpact ?? OperationImpact;
                if (changed)
                {
                    ApprovedBy = null;
                    ApprovedAt = null;
                }

                break;
            case CasePhases.Act:
                WorkDone = fields.WorkDone ?? WorkDone;
                Evidence = fields.Evidence ?? Evidence;
                break;
        }

        if (before != (Assessment, Decision, DecisionMakers, OperationImpact, WorkDone, Evidence))
        {
            Record(actor, "update", Phase, Phase, null, now);
        }

        return null;
    }

    /// <summary>Completes the current phase and moves to the next; act moves to closed as fixed (or mitigated).</summary>
    public CaseRefusal? Advance(CaseActor actor, IReadOnlyCollection<string> movers, int? assetImportance, DateTimeOffset now, string? resolution = null)
    {
        if ((Refuse(actor, movers) ?? Incomplete(assetImportance)) is { } refusal)
        {
            return refusal;
        }

        if (Phase == CasePhases.Act)
        {
            resolution ??= "fixed";
            if (resolution is not ("fixed" or "mitigated"))
            {
                return CaseRefusal.ResolutionNotAllowed;
            }

            return End(actor, resolution, now);
        }

        var from = Phase;
        Phase = CasePhases.Next(Phase);
        Record(actor, "advance", from, Phase, null, now);
        return null;
    }

    /// <summary>
    /// Ends the case before the work: not affected or a false positive once orient has assessed it; accepted
    /// once a decision is recorded (and approved where management must decide). Fixed and mitigated go through act.
    /// </summary>
    public CaseRefusal? Close(CaseActor actor, IReadOnlyCollection<string> movers, string resolution, int? assetImportance, DateTimeOffset now)
    {
        if (Refuse(actor, movers) is { } refusal)
        {
            return refusal;
        }

        return resolution switch
        {
            "not-affected" or "false-positive" when Phase == CasePhases.Observe => CaseRefusal.AssessmentMissing,
            "not-affected" or "false-positive" when string.IsNullOrWhiteSpace(Assessment) => CaseRefusal.AssessmentMissing,
            "not-affected" or "false-positive" => End(actor, resolution, now),
            "accepted" when Phase is CasePhases.Decide or CasePhases.Act => DecisionIncomplete(assetImportance) ?? End(actor, resolution, now),
            "accepted" => CaseRefusal.DecisionMissing,
            "fixed" or "mitigated" when Phase == CasePhases.Act => Advance(actor, movers, assetImportance, now, resolution),
            _ => CaseRefusal.ResolutionNotAllowed,
        };
    }

    /// <summary>Management's approval of the decision: only management gives it, only while deciding.</summary>
    public CaseRefusal? Approve(CaseActor actor, DateTimeOffset now)
    {
        if (Phase == CasePhases.Closed)
        {
            return CaseRefusal.Closed;
        }

        if (!actor.IsManagement)
        {
            return CaseRefusal.NotManagement;
        }

        if (Phase != CasePhases.Decide)
        {
            return CaseRefusal.NotDeciding;
        }

        if (DecisionIncomplete(null) is { } missing)
        {
            return missing;
        }

        ApprovedBy = actor.UserName;
        ApprovedAt = now;
        Record(actor, "approve", Phase, Phase, null, now);
        return null;
    }

    /// <summary>Whether management must approve the decision for an asset of this importance.</summary>
    public static bool NeedsManagement(int? assetImportance) => assetImportance >= ManagementImportance;

    private CaseRefusal? Refuse(CaseActor actor, IReadOnlyCollection<string> movers) =>
        Phase == CasePhases.Closed ? CaseRefusal.Closed : actor.IsAmong(movers) ? null : CaseRefusal.NotYourPhase;

    private CaseRefusal? Incomplete(int? assetImportance) => Phase switch
    {
        CasePhases.Orient when string.IsNullOrWhiteSpace(Assessment) => CaseRefusal.AssessmentMissing,
        CasePhases.Decide => DecisionIncomplete(assetImportance),
        CasePhases.Act when string.IsNullOrWhiteSpace(WorkDone) => CaseRefusal.WorkMissing,
        CasePhases.Act when string.IsNullOrWhiteSpace(Evidence) => CaseRefusal.EvidenceMissing,
        _ => null,
    };

    private CaseRefusal? DecisionIncomplete(int? assetImportance) =>
        string.IsNullOrWhiteSpace(Decision) ? CaseRefusal.DecisionMissing
        : string.IsNullOrWhiteSpace(DecisionMakers) ? CaseRefusal.DecisionMakersMissing
        : string.IsNullOrWhiteSpace(OperationImpact) ? CaseRefusal.OperationImpactMissing
        : NeedsManagement(assetImportance) && ApprovedBy is null ? CaseRefusal.ApprovalMissing
        : null;

    private CaseRefusal? End(CaseActor actor, string resolution, DateTimeOffset now)
    {
        var from = Phase;
        Phase = CasePhases.Closed;
        Resolution = resolution;
        ClosedAt = now;
        Record(actor, "close", from, Phase, resolution, now);
        return null;
    }

    private void Record(CaseActor actor, string kind, string? from, string? to, string? note, DateTimeOffset now)
    {
        Version++;
        Events.Add(new OodaCaseEvent { At = now, UserName = actor.UserName, Kind = kind, FromPhase = from, ToPhase = to, Note = note });
    }
}
