using System.Collections.Concurrent;
using FactoryCps.Advisories;

namespace FactoryCps.Tests.Advisories;

/// <summary>
/// CISA's 2,035 ICS advisories (2017–2023): all parse and are schema-valid; their known deviation (version ranges
/// in product_version, mostly "vers:all/…") is reported as 6.1.31; the model stays usable for matching. The
/// expected figures were counted separately with Python over the same files.
/// </summary>
public sealed class CisaAdvisoryTests
{
    private static readonly Lazy<IReadOnlyList<CsafReport>> Reports = new(() =>
    {
        var files = Directory.GetFiles(Path.Combine(TestPaths.Shared, "data", "cisa-csaf-ics", "csaf_files", "OT", "white"), "*.json", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("feed-tlp-white.json", StringComparison.Ordinal))
            .ToList();
        var reports = new ConcurrentBag<CsafReport>();
        Parallel.ForEach(files, file => reports.Add(CsafValidator.ValidateFile(file)));
        return [.. reports.OrderBy(r => r.File, StringComparer.Ordinal)];
    });

    [Fact]
    public void Every_advisory_parses_and_matches_the_schema()
    {
        var reports = Reports.Value;

        Assert.Equal(2035, reports.Count);
        var broken = reports.SelectMany(r => r.Findings.Where(f => f.TestId is "json" or "schema" or "6.1.8").Select(f => $"{r.File} {f.TestId} {f.Path}")).ToList();
        Assert.Empty(broken);
        Assert.All(reports, r => Assert.NotNull(r.Document));
    }

    [Fact]
    public void Version_ranges_in_product_versions_are_reported_as_6_1_31()
    {
        var findings = Reports.Value.SelectMany(r => r.Findings.Where(f => f.TestId == "6.1.31").Select(f => (r.File, Finding: f))).ToList();

        Assert.Equal(872, findings.Count);
        Assert.Equal(174, findings.Select(f => f.File).Distinct().Count());
        Assert.Equal(872, findings.Count(f => ((string)f.Finding.Message.Args[0]!).StartsWith("vers:all/", StringComparison.Ordinal)));
        Assert.All(findings, f => Assert.Matches("^/product_tree/branches/[0-9]+(/branches/[0-9]+)*/name$", f.Finding.Path));
    }

    [Fact]
    public void Free_text_version_ranges_are_warnings_not_errors()
    {
        var warnings = Reports.Value.SelectMany(r => r.Findings).Where(f => f.TestId == "6.2.18").ToList();

        Assert.Equal(6674, warnings.Count);
        Assert.All(warnings, w => Assert.Equal(FactoryCps.Diagnostics.Severity.Warning, w.Severity));
    }

    [Fact]
    public void The_model_of_one_advisory_is_complete_enough_for_matching()
    {
        var report = Reports.Value.Single(r => r.File.EndsWith("icsa-23-348-10.json", StringComparison.Ordinal));
        var document = report.Document!;

        Assert.Equal("ICSA-23-348-10", document.Tracking.Id);
        Assert.Equal(404, document.Vulnerabilities.Count);
        Assert.Equal(2020, document.Vulnerabilities.Sum(v => v.Status("known_affected").Count));
        Assert.All(document.Vulnerabilities, v => Assert.StartsWith("CVE-", v.Cve, StringComparison.Ordinal));
        var products = document.ProductTree.AllProducts().Select(p => p.ProductId).ToHashSet(StringComparer.Ordinal);
        Assert.All(document.Vulnerabilities.SelectMany(v => v.Status("known_affected")), id => Assert.Contains(id, products));
    }
}
