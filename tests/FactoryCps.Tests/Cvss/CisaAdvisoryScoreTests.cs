using System.Text.Json;
using FactoryCps.Cvss;

namespace FactoryCps.Tests.Cvss;

/// <summary>
/// Every cvss_v3 score in CISA's ICS advisories (shared/data/cisa-csaf-ics) agrees with our parse and score
/// of its vectorString: version, base score and base severity (and temporal/environmental where given).
/// Only the scores are read, so the walk over the 2,035 advisories stays quick.
/// </summary>
public sealed class CisaAdvisoryScoreTests
{
    [Fact]
    public void Every_cvss_v3_score_in_the_cisa_advisories_agrees()
    {
        var root = Path.Combine(TestPaths.Shared, "data", "cisa-csaf-ics");
        var files = 0;
        var checkedScores = new Dictionary<string, int>(StringComparer.Ordinal);
        var mismatches = new List<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories))
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(file));
            if (!json.RootElement.TryGetProperty("document", out _))
            {
                continue; // the ROLIE feed beside the advisories
            }

            files++;
            if (!json.RootElement.TryGetProperty("vulnerabilities", out var vulnerabilities))
            {
                continue;
            }

            foreach (var vulnerability in vulnerabilities.EnumerateArray())
            {
                if (!vulnerability.TryGetProperty("scores", out var scores))
                {
                    continue;
                }

                foreach (var score in scores.EnumerateArray())
                {
                    if (score.TryGetProperty("cvss_v3", out var cvss))
                    {
                        var version = cvss.GetProperty("version").GetString()!;
                        checkedScores[version] = checkedScores.GetValueOrDefault(version) + 1;
                        if (Check(cvss) is { } problem)
                        {
                            mismatches.Add($"{Path.GetFileName(file)}: {problem}");
                        }
                    }
                }
            }
        }

        Assert.Equal(2035, files);

        // The counts of this snapshot; shared/data/README.md states 7,920, but the files hold these.
        Assert.Equal(3956, checkedScores["3.0"]);
        Assert.Equal(2496, checkedScores["3.1"]);
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} disagree:\n" + string.Join("\n", mismatches.Take(20)));
    }

    private static string? Check(JsonElement cvss)
    {
        var text = cvss.GetProperty("vectorString").GetString()!;
        if (!CvssVector.TryParse(text, out var vector, out var error))
        {
            return $"{text}: {error}";
        }

        var expectedVersion = cvss.GetProperty("version").GetString() == "3.1" ? CvssVersion.V31 : CvssVersion.V30;
        var scores = vector.Score();
        var problems = new List<string>();
        if (vector.Version != expectedVersion)
        {
            problems.Add($"version {vector.Version}, recorded {expectedVersion}");
        }

        Compare(problems, "baseScore", cvss, scores.BaseScore);
        Compare(problems, "temporalScore", cvss, scores.TemporalScore);
        Compare(problems, "environmentalScore", cvss, scores.EnvironmentalScore);
        var severity = cvss.GetProperty("baseSeverity").GetString();
        if (!string.Equals(severity, scores.BaseSeverity.ToString(), StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"baseSeverity {scores.BaseSeverity}, recorded {severity}");
        }

        return problems.Count == 0 ? null : $"{text}: {string.Join("; ", problems)}";
    }

    private static void Compare(List<string> problems, string property, JsonElement cvss, double? actual)
    {
        if (cvss.TryGetProperty(property, out var recorded) && recorded.GetDouble() != actual)
        {
            problems.Add($"{property} {actual}, recorded {recorded.GetDouble()}");
        }
    }
}
