using FactoryCps.Guideline;
using FactoryCps.Localization;

namespace FactoryCps.Guidance;

/// <summary>
/// FactoryCPS's guidance for one guideline step (Data/step-guidance.yaml): the model sections the step fills,
/// what to do on the step's page in plain words (ours: FactoryCPS's text based on the step), and the extension's emphases that apply to it.
/// </summary>
internal sealed record StepGuide(string Step, IReadOnlyList<string> Sections, LocalizedText Help, IReadOnlyList<StepEmphasis> Emphases);

/// <summary>
/// One of the extension's emphases (zones from the operations' viewpoint, …), with whose words it is; <see cref="When"/>
/// names the condition under which it applies (<c>external-services</c>), null when it always does.
/// </summary>
internal sealed record StepEmphasis(string Id, LocalizedText Text, TextMark Mark, string? When);
