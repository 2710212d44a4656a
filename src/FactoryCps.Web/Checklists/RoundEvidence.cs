using FactoryCps.Web.Shared;

namespace FactoryCps.Web.Checklists;

/// <summary>A file given as evidence for one answer, checked and stored as supplier evidence is (Shared/StoredEvidence).</summary>
internal sealed class RoundEvidence : StoredEvidence
{
    /// <summary>The round (repeated from the question so that every read can be scoped by it in one condition).</summary>
    public long RoundId { get; set; }

    public long RoundQuestionId { get; set; }
}
