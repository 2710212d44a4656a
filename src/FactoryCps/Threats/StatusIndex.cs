using FactoryCps.Model;

namespace FactoryCps.Threats;

/// <summary>Finds the site's status for a countermeasure at a zone: the zone's own entry, else the site-wide one.</summary>
internal sealed class StatusIndex
{
    private const string SiteWide = "*";

    private readonly Dictionary<(string Id, string Scope), CountermeasureStatus> _entries = [];

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
        var entry = (zone is not null ? _entries.GetValueOrDefault((countermeasure, zone)) : null)
            ?? _entries.GetValueOrDefault((countermeasure, SiteWide));
        return entry is null
            ? new CountermeasureState(countermeasure, "missing", false, null, null, null)
            : new CountermeasureState(countermeasure, entry.Status, true, entry.Owner, entry.Due, entry.Path);
    }
}
