using FactoryCps.Model;

namespace FactoryCps.Threats;

/// <summary>Finds the site's status for a countermeasure at a zone: the zone's own entry, else the site-wide one.</summary>
internal sealed class StatusIndex
{
    private const string SiteWide = "*";

    private readonly Dictionary<(string Id, string Scope), CountermeasureStatus> _entries = [];

    private readonly Dictionary<CountermeasureStatus, CountermeasureState> _recorded = new(ReferenceEqualityComparer.Instance);

    // Most zones have no entry of their own: the site-wide state (or "missing") is then the same for every
    // zone and every threat that requires the countermeasure, and is made once.
    private readonly Dictionary<string, CountermeasureState> _siteWide = new(StringComparer.Ordinal);

    public StatusIndex(IEnumerable<CountermeasureStatus> statuses)
    {
        foreach (var status in statuses)
        {
            foreach (var scope in status.Scope.Count == 0 ? [SiteWide] : status.Scope)
            {
                _entries.TryAdd((status.Id, scope), status);
            }
        }
    }

    public CountermeasureState Get(string countermeasure, string? zone)
    {
        if (zone is not null && _entries.GetValueOrDefault((countermeasure, zone)) is { } own)
        {
            if (!_recorded.TryGetValue(own, out var state))
            {
                state = new CountermeasureState(countermeasure, own.Status, true, own.Owner, own.Due, own.Path);
                _recorded.Add(own, state);
            }

            return state;
        }

        if (!_siteWide.TryGetValue(countermeasure, out var siteWide))
        {
            var entry = _entries.GetValueOrDefault((countermeasure, SiteWide));
            siteWide = entry is null
                ? new CountermeasureState(countermeasure, "missing", false, null, null, null)
                : new CountermeasureState(countermeasure, entry.Status, true, entry.Owner, entry.Due, entry.Path);
            _siteWide.Add(countermeasure, siteWide);
        }

        return siteWide;
    }
}
