namespace FactoryCps.Web.Cases;

/// <summary>Why a case refused a change. Each has a message in WebText (CaseRefused + the name).</summary>
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
