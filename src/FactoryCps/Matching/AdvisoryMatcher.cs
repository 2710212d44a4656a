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
        // Plants have many assets of one product and version: lookups, versions and verdicts are worked out once per run.
        var cache = new MatchRunCache(index);
        var perAsset = new (List<AdvisoryMatch> Matches, List<AdvisoryMatch> Suppressed)[assets.Count];
        Parallel.For(0, assets.Count, i => perAsset[i] = MatchAsset(index, cache, assets[i]));
        return new MatchResult(Concatenate(perAsset, r => r.Matches), Concatenate(perAsset, r => r.Suppressed));
    }

    private static List<AdvisoryMatch> Concatenate((List<AdvisoryMatch> Matches, List<AdvisoryMatch> Suppressed)[] perAsset, Func<(List<AdvisoryMatch> Matches, List<AdvisoryMatch> Suppressed), List<AdvisoryMatch>> part)
    {
        var count = 0;
        foreach (var r in perAsset)
        {
            count += part(r).Count;
        }

        var all = new List<AdvisoryMatch>(count);
        foreach (var r in perAsset)
        {
            all.AddRange(part(r));
        }

        return all;
    }

    /// <summary>An identified product in one status, with why it matched.</summary>
    private sealed record Hit(MatchTarget Target, IndexedProduct Product, MatchMethod Method, List<MatchReason> Reasons, StatusGroup Group)
    {
        public bool Certain => !Reasons.Exists(r => r.Review);
    }

    private static (List<AdvisoryMatch>, List<AdvisoryMatch>) MatchAsset(AdvisoryIndex index, MatchRunCache cache, MatchAsset asset)
    {
        var hits = new List<Hit>();
        foreach (var target in asset.Targets)
        {
            foreach (var (product, method, first, second, version) in Identify(index, cache, target))
            {
                MatchReason? platformReason = null;
                if (product.Platform is { } platform)
                {
                    var found = asset.Targets.Any(t => t != target && TargetIdentification.Is(t, platform, index.Vendors));
                    platformReason = found
                        ? MatchReason.Certain("MatchPlatformFound", product.RelationshipCategory, platform.FullName)
                        : MatchReason.ForReview(MatchConfidence.Medium, "MatchPlatformUnconfirmed", product.RelationshipCategory, platform.FullName);
                }

                foreach (var group in product.Statuses)
                {
                    if (group.Effect != StatusEffect.None && cache.Check(product.Version.ForStatus(group.Status), version) is { } verdict)
                    {
                        // Each hit has its own list: Resolve may add review reasons to it.
                        var reasons = new List<MatchReason>(4) { first };
                        AddIfAny(reasons, second);
                        AddIfAny(reasons, platformReason);
                        reasons.Add(verdict);
                        hits.Add(new Hit(target, product, method, reasons, group));
                    }
                }
            }
        }

        if (hits.Count == 0)
        {
            return ([], []);
        }

        // Most assets meet only affected entries: nothing to take out, nothing to group.
        return hits.TrueForAll(h => h.Group.Effect == StatusEffect.Affects)
            ? (Order([.. hits.Select(h => ToMatch(asset, h, h.Group.Cves, h.Group.Cvss, null))]), [])
            : Resolve(asset, hits);
    }

    /// <summary>
    /// Per target and advisory: vulnerabilities for which the target certainly is a fixed or not-affected product
    /// are taken out of its affected matches (and listed as suppressed); an uncertain such entry marks them for review.
    /// </summary>
    private static (List<AdvisoryMatch>, List<AdvisoryMatch>) Resolve(MatchAsset asset, List<Hit> hits)
    {
        var matches = new List<AdvisoryMatch>();
        var suppressed = new List<AdvisoryMatch>();
        foreach (var perAdvisory in hits.GroupBy(h => (h.Target, h.Product.Advisory)))
        {
            var notAffected = perAdvisory.Where(h => h.Group.Effect == StatusEffect.Suppresses).ToList();
            var gone = notAffected.Where(h => h.Certain).SelectMany(h => h.Group.Vulnerabilities).ToHashSet();
            var doubtful = notAffected.Where(h => !h.Certain).ToList();
            foreach (var hit in perAdvisory.Where(h => h.Group.Effect != StatusEffect.Suppresses))
            {
                var remaining = gone.Count == 0 ? hit.Group.Vulnerabilities : [.. hit.Group.Vulnerabilities.Where(v => !gone.Contains(v))];
                if (remaining.Count == 0)
                {
                    continue;
                }

                if (doubtful.Find(d => d.Group.Vulnerabilities.Intersect(remaining).Any()) is { } other)
                {
                    hit.Reasons.Add(MatchReason.ForReview(MatchConfidence.Medium, "MatchAlsoSuppressed", other.Group.Status, other.Product.FullName));
                }

                if (hit.Group.Effect == StatusEffect.Investigating)
                {
                    hit.Reasons.Add(MatchReason.ForReview(MatchConfidence.Medium, "MatchUnderInvestigation"));
                }

                matches.Add(remaining.Count == hit.Group.Vulnerabilities.Count
                    ? ToMatch(asset, hit, hit.Group.Cves, hit.Group.Cvss, null)
                    : ToMatch(asset, hit, StatusGroup.CvesOf(hit.Product.Advisory, remaining), StatusGroup.HighestCvss(hit.Product.Advisory, hit.Product.ProductId, remaining), null));
            }

            foreach (var hit in notAffected.Where(h => h.Certain))
            {
                var why = hit.Group.Vulnerabilities.Select(v => hit.Product.Advisory.Vulnerabilities[v].Justifications.GetValueOrDefault(hit.Product.ProductId)).FirstOrDefault(j => j is not null);
                suppressed.Add(ToMatch(asset, hit, hit.Group.Cves, hit.Group.Cvss, why));
            }
        }

        return (Order(matches), Order(suppressed));
    }

    private static AdvisoryMatch ToMatch(MatchAsset asset, Hit hit, IReadOnlyList<string> cves, CvssRating? cvss, string? justification) =>
        new(asset, hit.Target, hit.Product.Advisory, hit.Product, hit.Group.Status, cves, cvss, hit.Method, hit.Reasons, justification);

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

    private static void AddIfAny(List<MatchReason> reasons, MatchReason? reason)
    {
        if (reason is not null)
        {
            reasons.Add(reason);
        }
    }

    /// <summary>
    /// The advisory products the target is, each with how it was identified (one or two reasons) and the version to
    /// check. Reason lists are made only for hits, as most candidates fail on version.
    /// </summary>
    private static IEnumerable<(IndexedProduct Product, MatchMethod Method, MatchReason First, MatchReason? Second, ProductVersion? Version)> Identify(AdvisoryIndex index, MatchRunCache cache, MatchTarget target)
    {
        var cpe = Cpe.Parse(target.Cpe);
        var purl = PackageUrl.Parse(target.Purl);
        if (cpe is not null)
        {
            var version = cache.Version(cpe.Version is Cpe.Any or Cpe.NotApplicable ? target.Version : cpe.Version);
            foreach (var product in index.FindByCpe(cpe))
            {
                switch (product.Cpe!.Compare(cpe, ignoreVersion: true))
                {
                    case CpeComparison.Match:
                        yield return (product, MatchMethod.Cpe, MatchReason.Certain("MatchCpe", cpe.Text, product.Cpe.Text), null, version);
                        break;
                    case CpeComparison.Possible:
                        yield return (product, MatchMethod.Cpe, MatchReason.ForReview(MatchConfidence.Medium, "MatchCpePossible", cpe.Text, product.Cpe.Text), null, version);
                        break;
                }
            }
        }

        if (purl is not null)
        {
            var version = cache.Version(purl.Version ?? target.Version);
            foreach (var product in index.FindByPurl(purl))
            {
                yield return (product, MatchMethod.Purl, MatchReason.Certain("MatchPurl", purl.Text, product.Purl!.Text), null, version);
            }
        }

        var vendor = target.Vendor ?? (cpe is null ? null : cpe.Vendor.Replace('_', ' '));
        var name = target.Product ?? (cpe is null ? null : cpe.Product.Replace('_', ' '));
        if (string.IsNullOrWhiteSpace(name))
        {
            yield break;
        }

        var nameVersion = cache.Version(target.Version);
        foreach (var candidate in cache.FindByName(vendor, name))
        {
            // A CPE or PURL on both sides decides alone: names must not match what identifiers tell apart.
            if ((cpe is not null && candidate.Product.Cpe is not null) || (purl is not null && candidate.Product.Purl is not null))
            {
                continue;
            }

            yield return (candidate.Product, MatchMethod.NameVersion, candidate.Vendor, candidate.Name, nameVersion);
        }
    }
}
