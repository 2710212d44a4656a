using FactoryCps.Diagnostics;
namespace FactoryCps.Cvss;

/// <summary>
/// Parses vector strings strictly, because they come from advisories and users: each problem is reported with
/// the metric and position, never guessed around. The one leniency is the "(…)" wrapper some v2 sources write.
/// </summary>
internal static class CvssVectorParser
{
    public static bool TryParse(string? text, out CvssVector? vector, out CvssError? error)
    {
        vector = null;
        if (string.IsNullOrEmpty(text))
        {
            error = new CvssError(CvssErrorKind.Empty, null, 1, new Message("Cvss_Empty"));
            return false;
        }

        if (!TrySplitVersion(text, out var version, out var bodyStart, out var bodyEnd, out error))
        {
            return false;
        }

        var spec = CvssVersionSpec.For(version);
        var metrics = new Dictionary<string, string>(StringComparer.Ordinal);
        var lastIndex = -1;
        string? lastName = null;
        var start = bodyStart;
        while (start <= bodyEnd)
        {
            var slash = text.IndexOf('/', start, bodyEnd - start);
            var end = slash < 0 ? bodyEnd : slash;
            var part = text[start..end];
            var position = start + 1;
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            if (part.Length == 0)
            {
                error = new CvssError(CvssErrorKind.MalformedMetric, null, position, new Message("Cvss_EmptyMetric"));
                return false;
            }

            if (colon <= 0 || colon == part.Length - 1)
            {
                error = new CvssError(CvssErrorKind.MalformedMetric, null, position,
                    new Message("Cvss_NotPair", part));
                return false;
            }

            var name = part[..colon];
            var value = part[(colon + 1)..];
            if (!spec.TryFind(name, out var index, out var metric))
            {
                error = new CvssError(CvssErrorKind.UnknownMetric, name, position,
                    new Message("Cvss_UnknownMetric", name, Describe(version)));
                return false;
            }

            if (metrics.ContainsKey(name))
            {
                error = new CvssError(CvssErrorKind.DuplicateMetric, name, position, new Message("Cvss_Duplicate", name));
                return false;
            }

            if (!metric!.Values.Contains(value, StringComparer.Ordinal))
            {
                error = new CvssError(CvssErrorKind.InvalidValue, name, position + colon + 1,
                    new Message("Cvss_InvalidValue", value, name, string.Join(", ", metric.Values)));
                return false;
            }

            if (spec.OrderRequired && index < lastIndex)
            {
                error = new CvssError(CvssErrorKind.OutOfOrder, name, position,
                    new Message("Cvss_OutOfOrder", name, lastName, Describe(version)));
                return false;
            }

            metrics.Add(name, value);
            lastIndex = index;
            lastName = name;
            start = end + 1;
        }

        var missing = spec.Metrics.FirstOrDefault(m => m.Required && !metrics.ContainsKey(m.Name));
        if (missing is not null)
        {
            error = new CvssError(CvssErrorKind.MissingMetric, missing.Name, text.Length + 1,
                new Message("Cvss_Missing", missing.Name, Describe(version)));
            return false;
        }

        vector = new CvssVector(version, text, metrics);
        error = null;
        return true;
    }

    /// <summary>Finds the version from the prefix (v3.x, v4.0) or its absence (v2) and where the metrics are.</summary>
    private static bool TrySplitVersion(string text, out CvssVersion version, out int bodyStart, out int bodyEnd, out CvssError? error)
    {
        error = null;
        bodyEnd = text.Length;
        if (text.StartsWith("CVSS:", StringComparison.Ordinal))
        {
            var slash = text.IndexOf('/', StringComparison.Ordinal);
            var prefix = slash < 0 ? text : text[..slash];
            bodyStart = slash < 0 ? text.Length : slash + 1;
            switch (prefix)
            {
                case "CVSS:3.0": version = CvssVersion.V30; break;
                case "CVSS:3.1": version = CvssVersion.V31; break;
                case "CVSS:4.0": version = CvssVersion.V40; break;
                default:
                    version = default;
                    error = new CvssError(CvssErrorKind.UnknownVersion, null, 1,
                        new Message("Cvss_UnknownVersion", prefix));
                    return false;
            }

            if (bodyStart >= bodyEnd)
            {
                error = new CvssError(CvssErrorKind.MissingMetric, null, text.Length + 1, new Message("Cvss_NoMetrics", prefix));
                return false;
            }

            return true;
        }

        // v2 vectors carry no prefix; NVD's older feeds wrap them in parentheses.
        version = CvssVersion.V2;
        bodyStart = 0;
        if (text.Length >= 2 && text[0] == '(' && text[^1] == ')')
        {
            bodyStart = 1;
            bodyEnd = text.Length - 1;
        }

        return true;
    }

    private static string Describe(CvssVersion version) => version switch
    {
        CvssVersion.V2 => "CVSS v2",
        CvssVersion.V30 => "CVSS v3.0",
        CvssVersion.V31 => "CVSS v3.1",
        _ => "CVSS v4.0",
    };
}
