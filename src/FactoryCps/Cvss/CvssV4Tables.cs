using System.Text.Json;

namespace FactoryCps.Cvss;

/// <summary>
/// The data of the v4.0 scoring method (specification section 8.2): the score of each of the 270 MacroVectors,
/// the highest-severity vectors of each equivalence class, and each class's depth in steps. They are FIRST's
/// published tables, kept verbatim in Data/cvss4-macrovectors.json (source and licence recorded there).
/// </summary>
internal sealed class CvssV4Tables
{
    private static readonly Lazy<CvssV4Tables> Instance = new(Load);

    private CvssV4Tables(
        Dictionary<string, double> scores,
        Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>> maxVectors,
        Dictionary<string, int> maxSeverity)
    {
        Scores = scores;
        MaxVectors = maxVectors;
        MaxSeverity = maxSeverity;
    }

    public static CvssV4Tables Default => Instance.Value;

    /// <summary>MacroVector ("eq1eq2eq3eq4eq5eq6", e.g. "001100") → score.</summary>
    public Dictionary<string, double> Scores { get; }

    /// <summary>Key "eq1:0", "eq3:1:0" (eq3 and eq6) … → the class's highest-severity partial vectors, as metric → value.</summary>
    public Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>> MaxVectors { get; }

    /// <summary>Key "eq1:0", "eq3eq6:1:0" … → the class's depth in steps of 0.1.</summary>
    public Dictionary<string, int> MaxSeverity { get; }

    private static CvssV4Tables Load()
    {
        using var stream = typeof(CvssV4Tables).Assembly.GetManifestResourceStream("FactoryCps.Cvss.Data.cvss4-macrovectors.json")
            ?? throw new InvalidOperationException("The embedded CVSS v4.0 MacroVector table is missing.");
        using var json = JsonDocument.Parse(stream);
        var root = json.RootElement;

        var scores = root.GetProperty("macroVectorScores").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.GetDouble(), StringComparer.Ordinal);
        var maxVectors = new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>>(StringComparer.Ordinal);
        Flatten(root.GetProperty("maxComposed"), "", (key, value) =>
            maxVectors[key] = value.EnumerateArray().Select(e => ParsePartial(e.GetString()!)).ToList());
        var maxSeverity = new Dictionary<string, int>(StringComparer.Ordinal);
        Flatten(root.GetProperty("maxSeverity"), "", (key, value) => maxSeverity[key] = value.GetInt32());
        return new CvssV4Tables(scores, maxVectors, maxSeverity);
    }

    /// <summary>"AV:N/PR:N/UI:N/" → {AV: N, PR: N, UI: N}.</summary>
    private static IReadOnlyDictionary<string, string> ParsePartial(string text) =>
        text.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split(':'))
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);

    /// <summary>Walks nested objects down to their leaves, joining the property names with ':'.</summary>
    private static void Flatten(JsonElement element, string prefix, Action<string, JsonElement> leaf)
    {
        foreach (var property in element.EnumerateObject())
        {
            var key = prefix.Length == 0 ? property.Name : prefix + ":" + property.Name;
            if (property.Value.ValueKind == JsonValueKind.Object)
            {
                Flatten(property.Value, key, leaf);
            }
            else
            {
                leaf(key, property.Value);
            }
        }
    }
}
