using System.Globalization;
using FactoryCps.Localization;
using FactoryCps.Resources;

namespace FactoryCps.Guidance;

/// <summary>Collects one step's items, each sentence taken from <see cref="GuidanceText"/> in the reader's language.</summary>
internal sealed class StepStateBuilder(Language language)
{
    private readonly CultureInfo _culture = language.Culture();

    public List<StepItem> Filled { get; } = [];

    public List<StepItem> Missing { get; } = [];

    public List<StepItem> Inconsistent { get; } = [];

    public void Fill(StepTarget? target, string key, params object?[] args) => Filled.Add(new StepItem(Text(key, args), target));

    public void Miss(StepTarget? target, string key, params object?[] args) => Missing.Add(new StepItem(Text(key, args), target));

    public void Conflict(StepTarget? target, string key, params object?[] args) => Inconsistent.Add(new StepItem(Text(key, args), target));

    private string Text(string key, object?[] args)
    {
        var format = GuidanceText.ResourceManager.GetString(key, _culture)
            ?? throw new InvalidOperationException($"No guidance text {key}.");
        return string.Format(_culture, format, args);
    }
}
