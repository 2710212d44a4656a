using FactoryCps.Diagnostics;

namespace FactoryCps.Checklists.Files;

/// <summary>An assessment file read: the document when it has no error, and every problem found with its file:line:column.</summary>
internal sealed record AssessmentFileResult(AssessmentDocument? Document, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Document is not null && !Diagnostics.Any(d => d.Severity == Severity.Error);
}
