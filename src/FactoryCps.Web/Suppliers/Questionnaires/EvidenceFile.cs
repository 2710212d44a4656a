using FactoryCps.Web.Shared;

namespace FactoryCps.Web.Suppliers.Questionnaires;

/// <summary>A file a supplier gave as evidence for one answer (Shared/StoredEvidence).</summary>
internal sealed class EvidenceFile : StoredEvidence
{
    /// <summary>The questionnaire (repeated from the item so that every read can be scoped by it in one condition).</summary>
    public long QuestionnaireId { get; set; }

    public long QuestionnaireItemId { get; set; }
}
