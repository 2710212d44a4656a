using System.Runtime.CompilerServices;
using FactoryCps.Analysis;
using FactoryCps.Plans;
using FactoryCps.Reports;
using FactoryCps.Threats;

namespace FactoryCps.Web.Zones;

/// <summary>
/// What a zone page looks up, by zone id: the zone, its policy and its threats by risk. Built once per report
/// context — one site revision, date and language, which <c>SiteAnalysis</c> caches — and dropped with it, so a
/// zone page of a 500-zone site neither sorts the site's thousands of threats nor scans its zones per request.
/// </summary>
internal sealed class ZoneIndex
{
    private static readonly ConditionalWeakTable<ReportContext, ZoneIndex> Built = [];

    private readonly Dictionary<string, ZoneResult> _zones;
    private readonly Dictionary<string, ZonePolicy> _policies;
    private readonly Dictionary<string, AppliedThreat[]> _threats;

    private ZoneIndex(ReportContext report)
    {
        _zones = report.Analysis.Zones.DistinctBy(z => z.Id).ToDictionary(z => z.Id, StringComparer.Ordinal);
        _policies = report.Plan.Zones.DistinctBy(p => p.Zone).ToDictionary(p => p.Zone, StringComparer.Ordinal);
        // Grouping keeps the order of the ranking within each zone.
        _threats = report.ThreatsByRisk().Where(t => t.Zone is not null)
            .GroupBy(t => t.Zone!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    public static ZoneIndex Of(ReportContext report) => Built.GetValue(report, r => new ZoneIndex(r));

    public ZoneResult? Zone(string id) => _zones.GetValueOrDefault(id);

    public ZonePolicy? Policy(string zone) => _policies.GetValueOrDefault(zone);

    /// <summary>The zone's applying threats, highest risk first (as <see cref="ReportContext.ThreatsByRisk"/> ranks them).</summary>
    public IReadOnlyList<AppliedThreat> Threats(string zone) => _threats.TryGetValue(zone, out var threats) ? threats : [];
}
