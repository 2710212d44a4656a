using FactoryCps.Diagnostics;
using FactoryCps.Localization;

namespace FactoryCps.Suppliers.Questionnaires;

/// <summary>
/// A change a questionnaire review does not allow (a rule of docs/suppliers.md). Carries the problem as a resource
/// key and arguments so the web and the CLI can show it in the user's language.
/// </summary>
internal sealed class QuestionnaireRuleException(Message problem)
    : InvalidOperationException(problem.Render(Language.En))
{
    public Message Problem { get; } = problem;
}
