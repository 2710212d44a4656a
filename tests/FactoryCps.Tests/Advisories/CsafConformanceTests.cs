using System.Text.Json;
using FactoryCps.Advisories;
using FactoryCps.Diagnostics;

namespace FactoryCps.Tests.Advisories;

/// <summary>
/// The OASIS validator test data: each file gets the verdict testcases.json records, and each failure example is
/// reported under its test id. Tests fcps does not implement must show up as not checked instead.
/// </summary>
public sealed class CsafConformanceTests
{
    /// <summary>
    /// Two optional-test examples use the same hash algorithm twice for one file, which mandatory test 6.1.25
    /// forbids (its own failure example has exactly that shape; see known_issues.md on 6.1.25). fcps follows the
    /// mandatory test, so these two come out invalid, for that reason only.
    /// </summary>
    private static readonly Dictionary<string, string> Contradictions = new(StringComparer.Ordinal)
    {
        ["optional/oasis_csaf_tc-csaf_2_0-2021-6-2-08-02.json"] = "6.1.25",
        ["optional/oasis_csaf_tc-csaf_2_0-2021-6-2-09-02.json"] = "6.1.25",
    };

    private static string DataFolder => Path.Combine(TestPaths.Shared, "data", "oasis-csaf", "csaf_2.0", "test", "validator", "data");

    public static TheoryData<string, string, bool, bool> Cases()
    {
        var data = new TheoryData<string, string, bool, bool>();
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(DataFolder, "testcases.json")));
        foreach (var test in json.RootElement.GetProperty("tests").EnumerateArray())
        {
            var id = test.GetProperty("id").GetString()!;
            foreach (var (list, failing) in new[] { ("failures", true), ("valid", false) })
            {
                if (test.TryGetProperty(list, out var entries))
                {
                    foreach (var entry in entries.EnumerateArray())
                    {
                        data.Add(id, entry.GetProperty("name").GetString()!, failing, entry.GetProperty("valid").GetBoolean());
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_example_gets_its_recorded_verdict(string testId, string file, bool failsTest, bool documentValid)
    {
        var report = CsafValidator.ValidateFile(Path.Combine(DataFolder, file));
        var named = report.Findings.Where(f => f.TestId == testId).ToList();

        Assert.DoesNotContain(report.Findings, f => f.TestId == "json");
        if (CsafValidator.NotChecked.Contains(testId))
        {
            // The test itself is not run, but the other tests must still give the document its recorded verdict.
            Assert.Contains(testId, report.NotChecked);
            Assert.Empty(named);
        }
        else if (failsTest)
        {
            Assert.NotEmpty(named);
            Assert.All(named, f => Assert.StartsWith("/", f.Path, StringComparison.Ordinal));
            var expected = testId.StartsWith("6.1.", StringComparison.Ordinal) ? Severity.Error : testId.StartsWith("6.2.", StringComparison.Ordinal) ? Severity.Warning : Severity.Info;
            Assert.All(named, f => Assert.Equal(expected, f.Severity));
        }
        else
        {
            Assert.Empty(named);
        }

        if (Contradictions.TryGetValue(file, out var mandatory))
        {
            Assert.False(report.IsValid);
            Assert.All(report.Findings.Where(f => f.Severity == Severity.Error), f => Assert.Equal(mandatory, f.TestId));
            return;
        }

        Assert.True(documentValid == report.IsValid, $"{file}: expected valid={documentValid}; findings: {string.Join("; ", report.Findings.Where(f => f.Severity == Severity.Error).Select(f => $"{f.TestId} {f.Path}"))}");
    }

    [Fact]
    public void The_list_of_tests_follows_the_spec_and_the_test_data()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(DataFolder, "testcases.json")));
        var ids = json.RootElement.GetProperty("tests").EnumerateArray().Select(t => t.GetProperty("id").GetString()!).ToList();

        Assert.Equal(74, ids.Count);
        Assert.Equal(ids.Order(StringComparer.Ordinal), CsafValidator.Tests.Select(t => t.Id).Order(StringComparer.Ordinal));
        // docs/csaf.md lists the same tests; a change here must be a change there.
        Assert.Equal(["6.2.13", "6.2.19", "6.2.20", "6.3.6", "6.3.7", "6.3.8"], CsafValidator.NotChecked);
        var docs = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "csaf.md"));
        Assert.Contains("Not checked by fcps yet: " + string.Join(", ", CsafValidator.NotChecked), docs, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_example_still_lists_what_was_not_checked()
    {
        var report = CsafValidator.ValidateFile(Path.Combine(DataFolder, "mandatory", "oasis_csaf_tc-csaf_2_0-2021-6-1-01-11.json"));

        Assert.True(report.IsValid);
        Assert.Contains("6.3.6", report.NotChecked);
        Assert.DoesNotContain("6.1.1", report.NotChecked);
    }
}
