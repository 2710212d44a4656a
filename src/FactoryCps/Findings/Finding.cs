using FactoryCps.Localization;

namespace FactoryCps.Findings;

/// <summary>Something the analysis reports about the model, with the guideline section it refers to.</summary>
internal sealed record Finding(string Id, string Severity, string SubjectKind, string Subject, LocalizedText Message, string Reference);
