
using FactoryCps.Guideline;

namespace FactoryCps.Threats;

internal static class RiskCalculator
{
    public static Risk Calculate(RiskModel model, int importance, int threatLevel, IReadOnlyList<CountermeasureState> states)
    {
        var percent = PercentInPlace(model, states);
        var vulnerability = model.VulnerabilityLevel(percent);
        var score = importance * threatLevel * vulnerability;
        var grade = model.Grade(score);
        return new Risk(importance, threatLevel, vulnerability, percent, score, grade.Grade, grade.Label);
    }

    /// <summary>Weighted share of the countermeasures in place; not-applicable ones are left out of the count.</summary>
    public static int PercentInPlace(RiskModel model, IEnumerable<CountermeasureState> states)
    {
        var (sum, counted) = (0.0, 0);
        foreach (var state in states)
        {
            if (state.Status != "not-applicable")
            {
                sum += model.StatusWeights[state.Status];
                counted++;
            }
        }

        return counted == 0 ? 100 : (int)Math.Floor(sum / counted);
    }
}
