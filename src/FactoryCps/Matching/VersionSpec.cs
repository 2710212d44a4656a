namespace FactoryCps.Matching;

/// <summary>
/// Which versions of a product an advisory entry is about: one or more versions (a <c>product_version</c> branch
/// or a CPE/PURL version), a range (<c>product_version_range</c>, or a range CISA wrote into a
/// <c>product_version</c>), or none named (the product as a whole).
/// </summary>
internal sealed class VersionSpec
{
    private VersionSpec(string text, IReadOnlyList<ProductVersion> versions, VersionRange? range)
    {
        Text = text;
        Versions = versions;
        Range = range;
    }

    // ForStatus of a single version, parsed once (it is asked for every asset that meets the product).
    private VersionSpec? _fromThisOn;
    private VersionSpec? _upToThis;

    public static VersionSpec Unnamed { get; } = new("", [], null);

    public string Text { get; }

    public IReadOnlyList<ProductVersion> Versions { get; }

    public VersionRange? Range { get; }

    public bool IsUnnamed => Range is null && Text.Length == 0;

    public static VersionSpec FromRange(string text) =>
        VersionRange.Parse(text) is { } range ? new VersionSpec(text, [], range) : Unnamed;

    /// <summary>A <c>product_version</c> name: a version, a list of them ("V1.0.4, V1.1"), or a range written where a version belongs.</summary>
    public static VersionSpec FromVersion(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Unnamed;
        }

        if (text.StartsWith("vers:", StringComparison.OrdinalIgnoreCase) || text.AsSpan().IndexOfAny("<>=") >= 0
            || text.Trim().StartsWith("all", StringComparison.OrdinalIgnoreCase))
        {
            return FromRange(text);
        }

        var versions = text.Split([",", "|", ";", " and "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(ProductVersion.Parse).OfType<ProductVersion>().ToList();
        return new VersionSpec(text, versions, null);
    }

    /// <summary>
    /// The versions a status means: <c>first_affected</c> and <c>first_fixed</c> name the first version from which on
    /// something holds, <c>last_affected</c> the last one up to which it holds.
    /// </summary>
    public VersionSpec ForStatus(string status)
    {
        if (Versions.Count != 1)
        {
            return this;
        }

        return status switch
        {
            "first_affected" or "first_fixed" => _fromThisOn ??= FromRange(">= " + Versions[0].Text),
            "last_affected" => _upToThis ??= FromRange("<= " + Versions[0].Text),
            _ => this,
        };
    }

    /// <summary>
    /// Whether the target's version is one of these: a reason when it is, or when that cannot be decided (for
    /// review); null when it certainly is not.
    /// </summary>
    public MatchReason? Check(ProductVersion? target)
    {
        if (IsUnnamed)
        {
            return MatchReason.Limited(MatchConfidence.Medium, "MatchVersionUnnamed");
        }

        if (Range is { All: true })
        {
            return MatchReason.Certain("MatchVersionAll", Text);
        }

        if (target is null)
        {
            return MatchReason.ForReview(MatchConfidence.Low, "MatchVersionMissing", Text);
        }

        if (!target.Certain)
        {
            return MatchReason.ForReview(MatchConfidence.Low, "MatchVersionUncertain", target.Text, Text);
        }

        if (Range is not null)
        {
            return Range.Contains(target) switch
            {
                null => MatchReason.ForReview(MatchConfidence.Low, "MatchVersionRangeUnreadable", Text),
                true when Range.Certain => MatchReason.Certain("MatchVersionInRange", target.Text, Text),
                true => MatchReason.ForReview(MatchConfidence.Medium, "MatchVersionRangeUncertain", target.Text, Text),
                false when Range.Certain => null,
                false => MatchReason.ForReview(MatchConfidence.Low, "MatchVersionOutsideUncertainRange", target.Text, Text),
            };
        }

        if (Versions.Count == 0)
        {
            return MatchReason.ForReview(MatchConfidence.Low, "MatchVersionRangeUnreadable", Text);
        }

        if (!Versions.Any(v => v.Equals(target)))
        {
            return Versions.All(v => v.Certain) ? null : MatchReason.ForReview(MatchConfidence.Low, "MatchVersionOutsideUncertainRange", target.Text, Text);
        }

        return Versions.All(v => v.Certain)
            ? MatchReason.Certain("MatchVersionEqual", target.Text, Text)
            : MatchReason.ForReview(MatchConfidence.Medium, "MatchVersionRangeUncertain", target.Text, Text);
    }
}
