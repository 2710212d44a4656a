using FactoryCps.Diagnostics;

namespace FactoryCps.Advisories.Validation;

/// <summary>CSAF 2.0 mandatory tests on document.tracking: 6.1.14, 6.1.16–6.1.22 and 6.1.30.</summary>
internal static class RevisionTests
{
    private const string TrackingPath = "/document/tracking";

    public static void SortedHistory(CsafTestContext context)
    {
        var sorted = ByDate(context);
        for (var i = 1; i < sorted.Count; i++)
        {
            if (sorted[i].Version is { } current && sorted[i - 1].Version is { } previous && current.IsSemantic == previous.IsSemantic && current.CompareTo(previous) < 0)
            {
                context.Report("6.1.14", Severity.Error, $"{TrackingPath}/revision_history/{sorted[i].Index}/number", "Csaf_6_1_14", sorted[i].Number, sorted[i - 1].Number);
            }
        }
    }

    public static void LatestDocumentVersion(CsafTestContext context)
    {
        var sorted = ByDate(context);
        if (sorted.Count == 0 || Version(context) is not { } version || sorted[^1].Version is not { } latest)
        {
            return;
        }

        // A draft may carry a pre-release of the version it is heading for.
        var draft = Status(context) == "draft";
        if ((draft ? version.WithoutPreRelease() : version).CompareTo(draft ? latest.WithoutPreRelease() : latest) != 0)
        {
            context.Report("6.1.16", Severity.Error, $"{TrackingPath}/version", "Csaf_6_1_16", context.Document.Get("tracking")?.Str("version"), sorted[^1].Number);
        }
    }

    public static void DraftStatus(CsafTestContext context)
    {
        if (Version(context) is { } version && (version.IsInitialDevelopment || version.IsPreRelease) && Status(context) != "draft")
        {
            context.Report("6.1.17", Severity.Error, $"{TrackingPath}/status", "Csaf_6_1_17", Status(context), VersionText(context));
        }
    }

    public static void ReleasedHistory(CsafTestContext context)
    {
        if (!IsReleased(context))
        {
            return;
        }

        foreach (var item in Items(context).Where(i => i.Version is { IsInitialDevelopment: true }))
        {
            context.Report("6.1.18", Severity.Error, $"{TrackingPath}/revision_history/{item.Index}/number", "Csaf_6_1_18", item.Number, Status(context));
        }
    }

    public static void PreReleaseInHistory(CsafTestContext context)
    {
        foreach (var item in Items(context).Where(i => i.Version is { IsPreRelease: true }))
        {
            context.Report("6.1.19", Severity.Error, $"{TrackingPath}/revision_history/{item.Index}/number", "Csaf_6_1_19", item.Number);
        }
    }

    public static void NonDraftVersion(CsafTestContext context)
    {
        if (IsReleased(context) && Version(context) is { IsPreRelease: true })
        {
            context.Report("6.1.20", Severity.Error, $"{TrackingPath}/version", "Csaf_6_1_20", VersionText(context), Status(context));
        }
    }

    /// <summary>Sorted by number, major versions (or integers) must run without gaps from 0 or 1.</summary>
    public static void MissingItem(CsafTestContext context)
    {
        var items = Items(context).Where(i => i.Version is not null).ToList();
        if (items.Count == 0 || items.Exists(i => i.Version!.IsSemantic != items[0].Version!.IsSemantic))
        {
            return;
        }

        var sorted = items.OrderBy(i => i.Version!).ToList();
        if (sorted[0].Version!.Major > 1)
        {
            context.Report("6.1.21", Severity.Error, $"{TrackingPath}/revision_history/{sorted[0].Index}/number", "Csaf_6_1_21_First", sorted[0].Number);
        }

        for (var i = 1; i < sorted.Count; i++)
        {
            if (sorted[i].Version!.Major - sorted[i - 1].Version!.Major > 1)
            {
                context.Report("6.1.21", Severity.Error, $"{TrackingPath}/revision_history/{sorted[i].Index}/number", "Csaf_6_1_21", sorted[i - 1].Number, sorted[i].Number);
            }
        }
    }

    public static void MultipleDefinition(CsafTestContext context)
    {
        foreach (var duplicate in Items(context).GroupBy(i => i.Number, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            foreach (var item in duplicate.Skip(1))
            {
                context.Report("6.1.22", Severity.Error, $"{TrackingPath}/revision_history/{item.Index}/number", "Csaf_6_1_22", item.Number);
            }
        }
    }

    public static void MixedVersioning(CsafTestContext context)
    {
        var version = Version(context);
        var versions = Items(context).Select(i => i.Version).Append(version).OfType<CsafVersion>().ToList();
        if (versions.Exists(v => v.IsSemantic != versions[0].IsSemantic))
        {
            context.Report("6.1.30", Severity.Error, $"{TrackingPath}/revision_history", "Csaf_6_1_30");
        }
    }

    private sealed record Item(int Index, string Number, CsafVersion? Version, DateTimeOffset Date);

    private static List<Item> Items(CsafTestContext context)
    {
        var items = new List<Item>();
        foreach (var (item, index) in (context.Document.Get("tracking") ?? default).Indexed("revision_history"))
        {
            items.Add(new Item(index, item.Str("number") ?? "", CsafVersion.Parse(item.Str("number")), item.Date("date") ?? DateTimeOffset.MinValue));
        }

        return items;
    }

    /// <summary>Ascending by date; equal dates fall back to the version, as the spec's examples expect, then to the order given.</summary>
    private static List<Item> ByDate(CsafTestContext context)
    {
        var items = Items(context);
        items.Sort((a, b) =>
        {
            var byDate = a.Date.CompareTo(b.Date);
            var byVersion = byDate != 0 || a.Version is null || b.Version is null ? 0 : a.Version.CompareTo(b.Version);
            return byDate != 0 ? byDate : byVersion != 0 ? byVersion : a.Index.CompareTo(b.Index);
        });
        return items;
    }

    private static string? Status(CsafTestContext context) => context.Document.Get("tracking")?.Str("status");

    private static bool IsReleased(CsafTestContext context) => Status(context) is "final" or "interim";

    private static string? VersionText(CsafTestContext context) => context.Document.Get("tracking")?.Str("version");

    private static CsafVersion? Version(CsafTestContext context) => CsafVersion.Parse(VersionText(context));
}
