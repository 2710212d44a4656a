using System.Text.Json;
using FactoryCps.Cvss;
using FactoryCps.Diagnostics;

namespace FactoryCps.Advisories.Validation;

/// <summary>
/// CSAF 2.0 mandatory test 6.1.10: each metric property written beside a CVSS vector (the FIRST JSON schemas'
/// names, e.g. <c>attackVector</c>) has the value the vector gives. Only metrics written in the vector are
/// compared: the OASIS test data (6.2.19's examples, recorded valid) pairs a vector without environmental metrics
/// with <c>modifiedConfidentialityImpact: NONE</c>, so a property for an omitted metric is not a contradiction.
/// </summary>
internal static class CvssPropertyTests
{
    private const string V2Values = "NETWORK=N ADJACENT_NETWORK=A LOCAL=L";
    private const string V3Vector = "NETWORK=N ADJACENT_NETWORK=A LOCAL=L PHYSICAL=P";
    private const string Requirement = "LOW=L MEDIUM=M HIGH=H NOT_DEFINED=";

    /// <summary>Property, metric abbreviation, and the property's values with their letters in the vector.</summary>
    private static readonly Dictionary<string, CvssProperty>[] Properties =
    [
        Table(
            ["accessVector", "AV", V2Values],
            ["accessComplexity", "AC", "HIGH=H MEDIUM=M LOW=L"],
            ["authentication", "Au", "MULTIPLE=M SINGLE=S NONE=N"],
            ["confidentialityImpact", "C", "NONE=N PARTIAL=P COMPLETE=C"],
            ["integrityImpact", "I", "NONE=N PARTIAL=P COMPLETE=C"],
            ["availabilityImpact", "A", "NONE=N PARTIAL=P COMPLETE=C"],
            ["exploitability", "E", "UNPROVEN=U PROOF_OF_CONCEPT=POC FUNCTIONAL=F HIGH=H NOT_DEFINED="],
            ["remediationLevel", "RL", "OFFICIAL_FIX=OF TEMPORARY_FIX=TF WORKAROUND=W UNAVAILABLE=U NOT_DEFINED="],
            ["reportConfidence", "RC", "UNCONFIRMED=UC UNCORROBORATED=UR CONFIRMED=C NOT_DEFINED="],
            ["collateralDamagePotential", "CDP", "NONE=N LOW=L LOW_MEDIUM=LM MEDIUM_HIGH=MH HIGH=H NOT_DEFINED="],
            ["targetDistribution", "TD", "NONE=N LOW=L MEDIUM=M HIGH=H NOT_DEFINED="],
            ["confidentialityRequirement", "CR", Requirement],
            ["integrityRequirement", "IR", Requirement],
            ["availabilityRequirement", "AR", Requirement]),
        Table(
            ["attackVector", "AV", V3Vector],
            ["attackComplexity", "AC", "HIGH=H LOW=L"],
            ["privilegesRequired", "PR", "HIGH=H LOW=L NONE=N"],
            ["userInteraction", "UI", "NONE=N REQUIRED=R"],
            ["scope", "S", "UNCHANGED=U CHANGED=C"],
            ["confidentialityImpact", "C", "NONE=N LOW=L HIGH=H"],
            ["integrityImpact", "I", "NONE=N LOW=L HIGH=H"],
            ["availabilityImpact", "A", "NONE=N LOW=L HIGH=H"],
            ["exploitCodeMaturity", "E", "UNPROVEN=U PROOF_OF_CONCEPT=P FUNCTIONAL=F HIGH=H NOT_DEFINED="],
            ["remediationLevel", "RL", "OFFICIAL_FIX=O TEMPORARY_FIX=T WORKAROUND=W UNAVAILABLE=U NOT_DEFINED="],
            ["reportConfidence", "RC", "UNKNOWN=U REASONABLE=R CONFIRMED=C NOT_DEFINED="],
            ["confidentialityRequirement", "CR", Requirement],
            ["integrityRequirement", "IR", Requirement],
            ["availabilityRequirement", "AR", Requirement],
            ["modifiedAttackVector", "MAV", V3Vector + " NOT_DEFINED="],
            ["modifiedAttackComplexity", "MAC", "HIGH=H LOW=L NOT_DEFINED="],
            ["modifiedPrivilegesRequired", "MPR", "HIGH=H LOW=L NONE=N NOT_DEFINED="],
            ["modifiedUserInteraction", "MUI", "NONE=N REQUIRED=R NOT_DEFINED="],
            ["modifiedScope", "MS", "UNCHANGED=U CHANGED=C NOT_DEFINED="],
            ["modifiedConfidentialityImpact", "MC", "NONE=N LOW=L HIGH=H NOT_DEFINED="],
            ["modifiedIntegrityImpact", "MI", "NONE=N LOW=L HIGH=H NOT_DEFINED="],
            ["modifiedAvailabilityImpact", "MA", "NONE=N LOW=L HIGH=H NOT_DEFINED="]),
    ];

    public static void InconsistentCvss(CsafTestContext context)
    {
        foreach (var (vulnerability, path) in context.Vulnerabilities())
        {
            foreach (var (score, index) in vulnerability.Indexed("scores"))
            {
                Check(context, score.Get("cvss_v2"), Properties[0], $"{path}/scores/{index}/cvss_v2", v3: false);
                Check(context, score.Get("cvss_v3"), Properties[1], $"{path}/scores/{index}/cvss_v3", v3: true);
            }
        }
    }

    private static void Check(CsafTestContext context, JsonElement? cvss, Dictionary<string, CvssProperty> properties, string path, bool v3)
    {
        // A vector that does not parse, or of the other family, is test 6.1.8's finding, not a contradiction.
        if (cvss is not { ValueKind: JsonValueKind.Object } element
            || !CvssVector.TryParse(element.Str("vectorString"), out var vector, out _)
            || (v3 ? vector.Version is not (CvssVersion.V30 or CvssVersion.V31) : vector.Version != CvssVersion.V2))
        {
            return;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String && properties.TryGetValue(property.Name, out var spec)
                && spec.Values.TryGetValue(property.Value.GetString()!, out var letter))
            {
                // NOT_DEFINED is written as an empty letter: it agrees only with an explicit X (ND in v2).
                var actual = vector.IsDefined(spec.Metric) ? vector[spec.Metric] : "";
                if (vector.Metrics.ContainsKey(spec.Metric) && actual != letter)
                {
                    context.Report("6.1.10", Severity.Error, $"{path}/{property.Name}", "Csaf_6_1_10", property.Name, property.Value.GetString(), vector.Text, Word(spec.Values, actual));
                }
            }
        }
    }

    private static string Word(Dictionary<string, string> values, string letter)
    {
        foreach (var (word, value) in values)
        {
            if (value == letter)
            {
                return word;
            }
        }

        return "NOT_DEFINED";
    }

    /// <summary>Rows of "property, metric, WORD=letter …"; loops and a record rather than LINQ over tuples, which are compiled at every start.</summary>
    private static Dictionary<string, CvssProperty> Table(params string[][] rows)
    {
        var table = new Dictionary<string, CvssProperty>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in row[2].Split(' '))
            {
                var parts = pair.Split('=');
                values[parts[0]] = parts[1];
            }

            table[row[0]] = new CvssProperty(row[1], values);
        }

        return table;
    }

    private sealed record CvssProperty(string Metric, Dictionary<string, string> Values);
}
