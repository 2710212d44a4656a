using System.Text.RegularExpressions;

namespace FactoryCps.Matching;

internal enum Comparison
{
    Less,
    LessOrEqual,
    Equal,
    GreaterOrEqual,
    Greater,
}

/// <summary>One bound of a range: "&lt; V3.5.20".</summary>
internal sealed record VersionConstraint(Comparison Comparison, ProductVersion Version)
{
    public bool IsSatisfiedBy(ProductVersion version)
    {
        var order = version.CompareTo(Version);
        return Comparison switch
        {
            Comparison.Less => order < 0,
            Comparison.LessOrEqual => order <= 0,
            Comparison.Equal => order == 0,
            Comparison.GreaterOrEqual => order >= 0,
            _ => order > 0,
        };
    }
}

/// <summary>
/// A CSAF <c>product_version_range</c> as advisories really write it: proper <c>vers:</c> ranges, CISA's
/// non-conformant <c>vers:all/&lt;V7.0.3</c>, and free text such as "All versions &lt; V4.33",
/// "&gt;= V2.5 &lt; V2.6.1", "&gt;= 4.4 | &lt;= 4.12" or "&gt;= V3.0 and &lt; V4.1". Bounds are paired into intervals
/// as the vers specification pairs them; <see cref="Certain"/> is false when something had to be guessed.
/// </summary>
internal sealed partial class VersionRange
{
    private VersionRange(string text, bool all, IReadOnlyList<VersionConstraint> constraints, bool certain, bool conformant)
    {
        Text = text;
        All = all;
        Constraints = constraints;
        Certain = certain;
        Conformant = conformant;
    }

    public string Text { get; }

    /// <summary>Every version ("vers:all/*", "All versions").</summary>
    public bool All { get; }

    public IReadOnlyList<VersionConstraint> Constraints { get; }

    /// <summary>False when a bound was not a recognisable version (prose, a serial number) or text was left over.</summary>
    public bool Certain { get; }

    /// <summary>Whether the text is a valid vers range (CSAF test 6.2.18 asks for one).</summary>
    public bool Conformant { get; }

    public static VersionRange? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var body = text.Trim();
        var conformant = false;
        if (Vers().Match(body) is { Success: true } vers)
        {
            body = vers.Groups["constraints"].Value;
            conformant = vers.Groups["scheme"].Value != "all" || body == "*";
        }

        body = AllVersions().Replace(body, "").Trim();
        if (body.Length == 0 || body == "*")
        {
            return new VersionRange(text, all: true, [], certain: true, conformant);
        }

        var constraints = new List<VersionConstraint>();
        var certain = true;
        foreach (var segment in body.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var bounds = Bound().Matches(segment);
            if (bounds.Count == 0)
            {
                // A bare version ("8.40", or "2.20" in "< 1.99 | 2.20 | 2.40") is that version.
                if (ProductVersion.Parse(segment) is { } only)
                {
                    certain &= only.Certain;
                    constraints.Add(new VersionConstraint(Comparison.Equal, only));
                }
                else
                {
                    certain = false;
                }

                continue;
            }

            foreach (Match match in bounds)
            {
                if (ProductVersion.Parse(match.Groups["version"].Value) is not { } version)
                {
                    certain = false;
                    continue;
                }

                certain &= version.Certain;
                constraints.Add(new VersionConstraint(Operator(match.Groups["op"].Value), version));
            }

            // Whatever the bounds did not account for, besides separators, is prose we did not understand.
            certain &= Separators().Replace(Bound().Replace(segment, ""), "").Length == 0;
        }

        if (constraints.Count == 0)
        {
            return new VersionRange(text, false, [], false, conformant);
        }

        return new VersionRange(text, all: false, [.. constraints.OrderBy(c => c.Version)], certain, conformant);
    }

    /// <summary>
    /// Whether a version lies in the range: true, false, or null when the range could not be read at all.
    /// Sorted bounds form intervals: a lower bound opens one that the next upper bound closes; an upper bound
    /// with nothing open starts from the lowest version; an open lower bound at the end runs to the highest.
    /// </summary>
    public bool? Contains(ProductVersion version)
    {
        if (All)
        {
            return true;
        }

        if (Constraints.Count == 0)
        {
            return null;
        }

        VersionConstraint? open = null;
        foreach (var constraint in Constraints)
        {
            switch (constraint.Comparison)
            {
                case Comparison.Equal:
                    if (constraint.IsSatisfiedBy(version))
                    {
                        return true;
                    }

                    break;
                case Comparison.Greater or Comparison.GreaterOrEqual:
                    open ??= constraint;
                    break;
                default:
                    if ((open is null || open.IsSatisfiedBy(version)) && constraint.IsSatisfiedBy(version))
                    {
                        return true;
                    }

                    open = null;
                    break;
            }
        }

        return open is not null && open.IsSatisfiedBy(version);
    }

    private static Comparison Operator(string op) => op switch
    {
        "<" => Comparison.Less,
        "<=" => Comparison.LessOrEqual,
        ">" => Comparison.Greater,
        ">=" => Comparison.GreaterOrEqual,
        _ => Comparison.Equal,
    };

    [GeneratedRegex(@"^vers:(?<scheme>[a-z0-9.+-]+)/(?<constraints>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Vers();

    [GeneratedRegex(@"^\s*all(\s+\w+)?\s+versions?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AllVersions();

    [GeneratedRegex(@"(?<op><=|>=|<|>|=)\s*(?<version>[^<>=|]+?)\s*(?=(?:and\s*|,\s*|\|\s*)?(?:<=|>=|<|>|=)|\||$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Bound();

    [GeneratedRegex(@"[\s|,]|\band\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Separators();
}
