using System.Globalization;
using FactoryCps.Cases;
using FactoryCps.Web.Cases;

namespace FactoryCps.Tests.Cases;

/// <summary>Every word of the case vocabulary has a label in both languages (the lookup falls back to the code).</summary>
public sealed class CaseTextTests
{
    public static TheoryData<string> Cultures => new("ja", "en");

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Every_phase_stage_severity_resolution_and_refusal_has_a_label(string culture)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var missing = new List<string>();
            void Check(string code, string label)
            {
                if (label == code)
                {
                    missing.Add(code);
                }
            }

            foreach (var phase in CasePhases.Open.Append(CasePhases.Closed))
            {
                Check(phase, CaseText.Phase(phase));
            }

            foreach (var stage in new[] { "preventive", "damage" })
            {
                Check(stage, CaseText.Stage(stage));
            }

            foreach (var severity in CaseDeadlines.Severities)
            {
                Check(severity, CaseText.Severity(severity));
            }

            foreach (var resolution in CasePhases.Resolutions)
            {
                Check(resolution, CaseText.Resolution(resolution));
            }

            foreach (var refusal in Enum.GetValues<CaseRefusal>())
            {
                Check(refusal.ToString(), CaseText.Refusal(refusal));
            }

            Assert.Empty(missing);
            Assert.NotEqual(CaseText.Phase("orient"), WithCulture(culture == "ja" ? "en" : "ja", () => CaseText.Phase("orient")));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static string WithCulture(string culture, Func<string> read)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
