namespace FactoryCps.Cases;

/// <summary>Why a case refused a change: a code, not text; the web words each (WebText, CaseRefused_ + the name).</summary>
public enum CaseRefusal
{
    Closed,
    NotYourPhase,
    NotManagement,
    NotDeciding,
    AssessmentMissing,
    DecisionMissing,
    DecisionMakersMissing,
    OperationImpactMissing,
    ApprovalMissing,
    WorkMissing,
    EvidenceMissing,
    ResolutionNotAllowed,
}
