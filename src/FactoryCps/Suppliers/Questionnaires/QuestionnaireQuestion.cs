using FactoryCps.Localization;

namespace FactoryCps.Suppliers.Questionnaires;

/// <summary>Why a question is asked of a supplier.</summary>
internal enum QuestionBasis
{
    /// <summary>A catalogue check item for the item's category and phase (the extension's tables).</summary>
    Phase,

    /// <summary>Asked because a zone the item touches has a high enough target security level.</summary>
    TargetLevel,

    /// <summary>Asked because a requirement (a law or standard) applies to the site.</summary>
    Requirement,

    /// <summary>The organisation's own item, from a catalogue overlay.</summary>
    Organisation,
}

/// <summary>
/// One question of a questionnaire: the catalogue item it comes from, its text in both languages, and why it is
/// asked (<paramref name="BasisRef"/> names the zone or requirement when the basis is one).
/// </summary>
internal sealed record QuestionnaireQuestion(string ItemId, LocalizedText Text, QuestionBasis Basis, string? BasisRef = null);
