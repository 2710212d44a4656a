using System.Globalization;
using FactoryCps.Localization;
using FactoryCps.Model;
using FactoryCps.Resources;

namespace FactoryCps.Zones;

/// <summary>What one box of the diagram stands for: a zone, an external, or (on a large site) a group of them.</summary>
internal enum DiagramNodeKind
{
    Zone,
    External,
    Group,
}

/// <summary>
/// One box before layout: its words (title, a line of detail), its layer (<see cref="ZoneDiagramLayers"/>), the
/// position on the importance scale that colours it, and the names of the assets it holds when they are shown.
/// </summary>
internal sealed record DiagramNode(string Id, DiagramNodeKind Kind, string Title, string Detail, int Layer, int Importance, IReadOnlyList<string> Assets);

/// <summary>
/// One line before layout: the conduits it stands for (one, or every conduit between two groups), its label in
/// words, whether it goes to an external and whether any of its conduits is an unprotected crossing.
/// </summary>
internal sealed record DiagramEdge(string From, string To, string Title, string Label, bool External, bool Unprotected, int Conduits);

/// <summary>
/// The diagram's boxes and lines from the model, in the model's order (the layout is deterministic only if its
/// input is). On a site with more than <see cref="GroupAbove"/> zones, a box per zone would be too small to read
/// and the layout too slow to wait for, so zones are grouped by layer and template (one box per template in a
/// layer, its zones counted, their conduits merged into one line per pair of boxes) and externals by kind.
/// </summary>
internal static class ZoneDiagramGraph
{
    /// <summary>Up to this many zones, each zone is a box of its own.</summary>
    public const int GroupAbove = 60;

    public static (IReadOnlyList<DiagramNode> Nodes, IReadOnlyList<DiagramEdge> Edges) Build(ZoneDiagramContent content, bool assets)
    {
        var layers = new ZoneDiagramLayers(content.Templates);
        var scale = content.ImportanceScale.Select(l => l.Value).Order().ToList();
        var names = new ModelNames(content.Model);
        var nodes = new List<DiagramNode>();
        var nodeOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var grouped = content.Zones.Count > GroupAbove;

        if (grouped)
        {
            Groups(content, layers, scale, nodes, nodeOf);
        }
        else
        {
            var held = assets
                ? content.Model.Assets.Where(a => a.Zone is not null).ToLookup(a => a.Zone!, a => names.Asset(a.Id), StringComparer.Ordinal)
                : null;
            foreach (var external in content.Model.Externals)
            {
                nodes.Add(new DiagramNode(external.Id, DiagramNodeKind.External, names.External(external.Id), ModelWords.Choice("externals", "kind", external.Kind, content.Language), ZoneDiagramLayers.Externals, 0, []));
                nodeOf[external.Id] = external.Id;
            }

            foreach (var zone in content.Zones)
            {
                var detail = $"{content.L(nameof(ReportText.ColImportance))} {zone.Importance} · SL {zone.TargetLevel}";
                nodes.Add(new DiagramNode(zone.Id, DiagramNodeKind.Zone, names.Zone(zone.Id), detail, layers.Of(zone.Template), Math.Max(0, scale.IndexOf(zone.Importance)), held is null ? [] : [.. held[zone.Id]]));
                nodeOf[zone.Id] = zone.Id;
            }
        }

        return (nodes, Edges(content, names, nodeOf, grouped));
    }

    private static void Groups(ZoneDiagramContent content, ZoneDiagramLayers layers, List<int> scale, List<DiagramNode> nodes, Dictionary<string, string> nodeOf)
    {
        var culture = content.Language.Culture();
        foreach (var kind in content.Model.Externals.GroupBy(e => e.Kind, StringComparer.Ordinal))
        {
            var id = "external:" + kind.Key;
            var title = string.Format(culture, content.L(nameof(ReportText.DiagramGroup)), ModelWords.Choice("externals", "kind", kind.Key, content.Language), kind.Count());
            nodes.Add(new DiagramNode(id, DiagramNodeKind.External, title, content.L(nameof(ReportText.DiagramExternals)), ZoneDiagramLayers.Externals, 0, []));
            foreach (var external in kind)
            {
                nodeOf[external.Id] = id;
            }
        }

        var templates = content.Templates.ToDictionary(t => t.Id, StringComparer.Ordinal);
        foreach (var group in content.Zones.GroupBy(z => (Layer: layers.Of(z.Template), z.Template)).OrderBy(g => g.Key.Layer).ThenBy(g => g.Key.Template, StringComparer.Ordinal))
        {
            var id = "group:" + group.Key.Template;
            var word = group.Key.Template is not null && templates.TryGetValue(group.Key.Template, out var template)
                ? template.Title.Get(content.Language)
                : content.L(nameof(ReportText.DiagramNoTemplate));
            var title = string.Format(culture, content.L(nameof(ReportText.DiagramGroup)), word, group.Count());
            var detail = $"{content.L(nameof(ReportText.ColImportance))} {Range(group.Select(z => z.Importance))} · SL {Range(group.Select(z => z.TargetLevel))}";
            nodes.Add(new DiagramNode(id, DiagramNodeKind.Group, title, detail, group.Key.Layer, Math.Max(0, scale.IndexOf(group.Max(z => z.Importance))), []));
            foreach (var zone in group)
            {
                nodeOf[zone.Id] = id;
            }
        }
    }

    private static List<DiagramEdge> Edges(ZoneDiagramContent content, ModelNames names, Dictionary<string, string> nodeOf, bool grouped)
    {
        var edges = new List<DiagramEdge>();
        var externals = content.Model.Externals.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var conduits = content.Model.Conduits
            .Where(c => nodeOf.ContainsKey(c.From) && nodeOf.ContainsKey(c.To) && nodeOf[c.From] != nodeOf[c.To])
            .Select(c => (Conduit: c, From: nodeOf[c.From], To: nodeOf[c.To], External: externals.Contains(c.From) || externals.Contains(c.To), Unprotected: content.UnprotectedConduits.Contains(c.Id)));
        if (!grouped)
        {
            foreach (var (conduit, from, to, external, unprotected) in conduits)
            {
                var title = conduit.Name ?? $"{Name(names, conduit.From, externals)} — {Name(names, conduit.To, externals)}";
                edges.Add(new DiagramEdge(from, to, title, Label(content, conduit, unprotected), external, unprotected, 1));
            }

            return edges;
        }

        // One line per pair of boxes, whichever way its conduits were written.
        foreach (var pair in conduits.GroupBy(c => string.CompareOrdinal(c.From, c.To) < 0 ? (c.From, c.To) : (c.To, c.From)).OrderBy(p => p.Key.Item1, StringComparer.Ordinal).ThenBy(p => p.Key.Item2, StringComparer.Ordinal))
        {
            var unprotected = pair.Count(c => c.Unprotected);
            var label = string.Format(content.Language.Culture(), content.L(nameof(ReportText.DiagramConduitCount)), pair.Count());
            if (unprotected > 0)
            {
                label = string.Format(content.Language.Culture(), content.L(nameof(ReportText.DiagramUnprotectedCount)), label, unprotected);
            }

            var first = pair.First();
            edges.Add(new DiagramEdge(first.From, first.To, label, label, pair.Any(c => c.External), unprotected > 0, pair.Count()));
        }

        return edges;
    }

    private static string Name(ModelNames names, string id, HashSet<string> externals) => externals.Contains(id) ? names.External(id) : names.Zone(id);

    /// <summary>A conduit's label: its protocols, then its controls in words; an unprotected crossing says so first.</summary>
    private static string Label(ZoneDiagramContent content, Conduit conduit, bool unprotected)
    {
        var parts = new List<string>();
        if (unprotected)
        {
            parts.Add(content.L(nameof(ReportText.DiagramUnprotected)));
        }

        if (conduit.Protocols.Count > 0)
        {
            parts.Add(string.Join(", ", conduit.Protocols));
        }

        parts.AddRange(conduit.Controls.Where(c => c != "none").Select(c => ModelWords.Choice("conduits", "controls", c, content.Language)));
        return string.Join(" · ", parts);
    }

    private static string Range(IEnumerable<int> values)
    {
        var list = values.ToList();
        var (min, max) = (list.Min(), list.Max());
        return min == max ? min.ToString(CultureInfo.InvariantCulture) : $"{min}–{max}";
    }
}
