using System.Diagnostics.CodeAnalysis;

namespace FactoryCps.Cvss;

/// <summary>
/// A parsed CVSS vector of any supported version. Only the metrics written in the string are stored; the others
/// read as "not defined" (<c>X</c>, or <c>ND</c> in v2), which every specification treats as neutral.
/// </summary>
internal sealed class CvssVector
{
    private readonly IReadOnlyDictionary<string, string> _metrics;

    internal CvssVector(CvssVersion version, string text, IReadOnlyDictionary<string, string> metrics)
    {
        Version = version;
        Text = text;
        _metrics = metrics;
    }

    public CvssVersion Version { get; }

    /// <summary>The string as given (including a v2 "(…)" wrapper, if there was one).</summary>
    public string Text { get; }

    /// <summary>The metrics present in the string, by abbreviation (case as in the specification, e.g. v2 "Au").</summary>
    public IReadOnlyDictionary<string, string> Metrics => _metrics;

    /// <summary>The metric's value, or the version's "not defined" value when the string omits it.</summary>
    public string this[string metric] =>
        _metrics.TryGetValue(metric, out var value) ? value : CvssVersionSpec.For(Version).NotDefined;

    /// <summary>True when the metric is present with a value other than "not defined".</summary>
    public bool IsDefined(string metric) =>
        _metrics.TryGetValue(metric, out var value) && value != CvssVersionSpec.For(Version).NotDefined;

    /// <summary>True when the string names any metric of the group, even as "not defined".</summary>
    internal bool HasAny(CvssMetricGroup group) =>
        CvssVersionSpec.For(Version).Metrics.Any(m => m.Group == group && _metrics.ContainsKey(m.Name));

    public static bool TryParse(string? text, [NotNullWhen(true)] out CvssVector? vector, [NotNullWhen(false)] out CvssError? error) =>
        CvssVectorParser.TryParse(text, out vector, out error);

    /// <summary>Scores the vector with its version's equations.</summary>
    public CvssScores Score() => Version switch
    {
        CvssVersion.V2 => CvssV2Scorer.Score(this),
        CvssVersion.V30 or CvssVersion.V31 => CvssV3Scorer.Score(this),
        _ => CvssV4Scorer.Score(this),
    };

    public override string ToString() => Text;
}
