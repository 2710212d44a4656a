namespace FactoryCps.Cvss;

internal enum CvssMetricGroup
{
    Base,

    /// <summary>Temporal in v2 and v3.x, Threat in v4.0.</summary>
    Temporal,
    Environmental,

    /// <summary>v4.0 only: informative, never changes the score.</summary>
    Supplemental,
}

/// <summary>One metric of a version's vector: its abbreviation, group, and allowed values.</summary>
internal sealed record CvssMetricSpec(string Name, CvssMetricGroup Group, IReadOnlyList<string> Values)
{
    /// <summary>Base metrics are mandatory in every version; all others may be omitted.</summary>
    public bool Required => Group == CvssMetricGroup.Base;
}

/// <summary>The metrics of one version, in the specification's vector order.</summary>
internal sealed class CvssVersionSpec
{
    private readonly Dictionary<string, int> _index;

    public CvssVersionSpec(bool orderRequired, string notDefined, IReadOnlyList<CvssMetricSpec> metrics)
    {
        OrderRequired = orderRequired;
        NotDefined = notDefined;
        Metrics = metrics;
        _index = metrics.Select((m, i) => (m.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>v2 ("predetermined order", section 2.4) and v4.0 (section 7) fix the order; v3.x does not.</summary>
    public bool OrderRequired { get; }

    /// <summary>The value meaning "not defined": "ND" in v2, "X" later.</summary>
    public string NotDefined { get; }

    public IReadOnlyList<CvssMetricSpec> Metrics { get; }

    public bool TryFind(string name, out int index, out CvssMetricSpec? metric)
    {
        if (_index.TryGetValue(name, out index))
        {
            metric = Metrics[index];
            return true;
        }

        metric = null;
        return false;
    }

    public static CvssVersionSpec For(CvssVersion version) => version switch
    {
        CvssVersion.V2 => CvssMetricCatalog.V2,
        CvssVersion.V30 or CvssVersion.V31 => CvssMetricCatalog.V3,
        _ => CvssMetricCatalog.V4,
    };
}
