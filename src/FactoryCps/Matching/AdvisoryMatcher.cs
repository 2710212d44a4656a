namespace FactoryCps.Matching;

/// <summary>
/// Matches assets and their SBOM components against an <see cref="AdvisoryIndex"/>. A product is identified by
/// CPE when both sides have one, else by PURL when both have one, else by vendor, product name and version. Per
/// vulnerability, a certain fixed or not-affected status of the same asset suppresses its affected entries;
/// an uncertain one only marks them for review. What is left is grouped per asset, advisory, product and status.
/// </summary>
internal static class AdvisoryMatcher
{
    public static MatchResult Match(AdvisoryIndex index, IReadOnlyList<MatchAsset> assets)
    {
        var perAsset = new (List<AdvisoryMatch> Matches, List<AdvisoryMatch> Suppressed)[assets.Count];
        Parallel.For(0, assets.Count, i => perAsset[i] = MatchAsset(index, assets[i]));
        return new MatchResult([.. perAsset.SelectMany(r => r.Matches)], [.. perAsset.SelectMany(r => r.Suppressed)]);
    }

    /// <summary>One identified product with the statuses it is in and whether the version applies.</summary>
    private sealed record Hit(MatchTarget Target, IndexedProduct Product, MatchMethod Method, List<MatchReason> Reasons, string Status, StatusEffect Effect, int Vulnerability);

    private static (List<AdvisoryMatch>, List<AdvisoryMatch>) MatchAsset(AdvisoryIndex index, MatchAsset asset)
    {
        var hits = new List<Hit>();
        foreach (var target in asset.Targets)
        {
            foreach (var (product, method, reasons, version) in Identify(index, target))
            {
                if (product.Platform is { } platform)
                {
                    var found = asset.Targets.Any(t => t != target && TargetIdentification.Is(t, platform, index.Vendors));
                    reasons.Add(found
                        ? MatchReason.Certain("MatchPlatformFound", product.RelationshipCategory, platform.FullName)
                        : MatchReason.ForReview(MatchConfidence.Medium, "MatchPlatformUnconfirmed", product.RelationshipCategory, platform.FullName));
                }

                foreach (var status in product.Statuses)
                {
                    var effect = ProductStatuses.Effect(status.Status);
                    if (effect != StatusEffect.None && product.Version.ForStatus(status.Status).Check(version) is { } verdict)
                    {
                        hits.Add(new Hit(target, product, method, [.. reasons, verdict], status.Status, effect, status.Vulnerability));
                    }
                }
            }
        }

        return hits.Count == 0 ? ([], []) : Resolve(asset, hits);
    }

    private static (List<AdvisoryMatch>, List<AdvisoryMatch>) Resolve(MatchAsset asset, List<Hit> hits)
    {
        var suppressedVulnerabilities = new HashSet<(MatchTarget, IndexedAdvisory, int)>();
        var suppressing = new List<Hit>();
        foreach (var perVulnerability in hits.GroupBy(h => (h.Target, h.Product.Advisory, h.Vulnerability)))
        {
            var notAffected = perVulnerability.Where(h => h.Effect == StatusEffect.Suppresses).ToList();
            if (notAffected.Find(h => !h.Reasons.Exists(r => r.Review)) is { } certain)
            {
                suppressedVulnerabilities.Add(perVulnerability.Key);
                suppressing.Add(certain);
                continue;
            }

            foreach (var hit in perVulnerability.Where(h => h.Effect != StatusEffect.Suppresses))
            {
                if (notAffected.Count > 0)
                {
                    hit.Reasons.Add(MatchReason.ForReview(MatchConfidence.Medium, "MatchAlsoSuppressed", notAffected[0].Status, notAffected[0].Product.FullName));
                }

                if (hit.Effect == StatusEffect.Investigating)
                {
                    hit.Reasons.Add(MatchReason.ForReview(MatchConfidence.Medium, "MatchUnderInvestigation"));
                }
            }
        }

        var matches = hits
            .Where(h => h.Effect != StatusEffect.Suppresses && !suppressedVulnerabilities.Contains((h.Target, h.Product.Advisory, h.Vulnerability)))
            .GroupBy(h => (h.Target, h.Product, h.Status, h.Method))
            .Select(g => Group(asset, [.. g]))
            .ToList();
        var suppressed = suppressing.GroupBy(h => (h.Target, h.Product, h.Status, h.Method)).Select(g => Group(asset, [.. g])).ToList();
        return (Order(matches), Order(suppressed));
    }

    private static AdvisoryMatch Group(MatchAsset asset, List<Hit> hits)
    {
        var first = hits[0];
        var vulnerabilities = hits.Select(h => h.Vulnerability).Distinct().Select(v => first.Product.Advisory.Vulnerabilities[v]).ToList();
        var reasons = hits.SelectMany(h => h.Reasons).DistinctBy(r => (r.Text.Key, string.Join('\u0001', r.Text.Args))).ToList();
        var justification = first.Effect == StatusEffect.Suppresses
            ? vulnerabilities.Select(v => v.Justifications.GetValueOrDefault(first.Product.ProductId)).FirstOrDefault(j => j is not null)
            : null;
        return new AdvisoryMatch(
            asset,
            first.Target,
            first.Product.Advisory,
            first.Product,
            first.Status,
            [.. vulnerabilities.Select(v => v.Cve).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            vulnerabilities.Select(v => v.HighestFor(first.Product.ProductId)).OfType<CvssRating>().MaxBy(r => r.BaseScore),
            first.Method,
            reasons,
            justification);
    }

    private static List<AdvisoryMatch> Order(List<AdvisoryMatch> matches)
    {
        matches.Sort((a, b) =>
        {
            var order = Position(a).CompareTo(Position(b));
            order = order != 0 ? order : string.CompareOrdinal(a.Advisory.TrackingId, b.Advisory.TrackingId);
            order = order != 0 ? order : string.CompareOrdinal(a.Product.ProductId, b.Product.ProductId);
            return order != 0 ? order : string.CompareOrdinal(a.Status, b.Status);
        });
        return matches;
    }

    /// <summary>The asset itself first, then its components in SBOM order.</summary>
    private static int Position(AdvisoryMatch match)
    {
        for (var i = 0; i < match.Asset.Components.Count; i++)
        {
            if (ReferenceEquals(match.Asset.Components[i], match.Target))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The advisory products the target is, each with how it was identified and the version to check.</summary>
    private static IEnumerable<(IndexedProduct Product, MatchMethod Method, List<MatchReason> Reasons, ProductVersion? Version)> Identify(AdvisoryIndex index, MatchTarget target)
    {
        var cpe = Cpe.Parse(target.Cpe);
        var purl = PackageUrl.Parse(target.Purl);
        if (cpe is not null)
        {
            var version = ProductVersion.Parse(cpe.Version is Cpe.Any or Cpe.NotApplicable ? target.Version : cpe.Version);
            foreach (var product in index.FindByCpe(cpe))
            {
                switch (product.Cpe!.Compare(cpe, ignoreVersion: true))
                {
                    case CpeComparison.Match:
                        yield return (product, MatchMethod.Cpe, [MatchReason.Certain("MatchCpe", cpe.Text, product.Cpe.Text)], version);
                        break;
                    case CpeComparison.Possible:
                        yield return (product, MatchMethod.Cpe, [MatchReason.ForReview(MatchConfidence.Medium, "MatchCpePossible", cpe.Text, product.Cpe.Text)], version);
                        break;
                }
            }
        }

        if (purl is not null)
        {
            var version = ProductVersion.Parse(purl.Version ?? target.Version);
            foreach (var product in index.FindByPurl(purl))
            {
                yield return (product, MatchMethod.Purl, [MatchReason.Certain("MatchPurl", purl.Text, product.Purl!.Text)], version);
            }
        }

        var vendor = target.Vendor ?? (cpe is null ? null : cpe.Vendor.Replace('_', ' '));
        var name = target.Product ?? (cpe is null ? null : cpe.Product.Replace('_', ' '));
        if (string.IsNullOrWhiteSpace(name))
        {
            yield break;
        }

        var nameVersion = ProductVersion.Parse(target.Version);
        foreach (var candidate in index.FindByName(vendor, name))
        {
            // A CPE or PURL on both sides decides alone: names must not match what identifiers tell apart.
            if ((cpe is not null && candidate.Product.Cpe is not null) || (purl is not null && candidate.Product.Purl is not null))
            {
                continue;
            }

            yield return (candidate.Product, MatchMethod.NameVersion, [candidate.Vendor, candidate.Name], nameVersion);
        }
    }
}
