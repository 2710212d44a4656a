using System.Globalization;
using System.Net;
using System.Text;
using FactoryCps.Localization;
using FactoryCps.Model;
using FactoryCps.Resources;

namespace FactoryCps.Zones;

/// <summary>
/// The zone diagram as SVG: zones as boxes coloured by importance in rows from enterprise (top) to field,
/// externals in a row of their own above them, conduits as lines labelled with their protocols; conduits to
/// externals and unprotected crossings stand out. Self-contained: no fonts, images or scripts are fetched.
/// It draws zones from what the derivation left on them, not from an analysis, so that the reports and the web page
/// build on it from above (docs/architecture.md).
/// </summary>
internal static class ZoneDiagram
{
    private const int BoxWidth = 210;
    private const int BoxHeight = 64;
    private const int HorizontalGap = 50;
    private const int VerticalGap = 90;
    private const int Margin = 20;
    private const int DefaultRow = 3;

    private static readonly string[] Fills = ["#e8f5e9", "#fff8e1", "#ffebee", "#f3e5f5"];
    private static readonly string[] Strokes = ["#2e7d32", "#f9a825", "#c62828", "#6a1b9a"];

    public static string Render(ZoneDiagramContent context, bool standalone)
    {
        var boxes = Layout(context);
        var width = Math.Max(600, boxes.Values.Max(b => b.X + BoxWidth) + Margin);
        var legendTop = boxes.Values.Max(b => b.Y + BoxHeight) + 40;
        var height = legendTop + 90;

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg {(standalone ? "xmlns=\"http://www.w3.org/2000/svg\" " : "")}viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"{Escape(context.L(nameof(ReportText.DiagramTitle)))}\" font-family=\"'Hiragino Kaku Gothic ProN','Noto Sans CJK JP','Yu Gothic',Meiryo,sans-serif\" font-size=\"12\">");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{width}\" height=\"{height}\" fill=\"#ffffff\"/>");

        var labels = new StringBuilder();
        foreach (var conduit in context.Model.Conduits)
        {
            if (!boxes.TryGetValue(conduit.From, out var from) || !boxes.TryGetValue(conduit.To, out var to))
            {
                continue;
            }

            var external = from.External || to.External;
            var unprotected = context.UnprotectedConduits.Contains(conduit.Id);
            var (x1, y1) = Edge(from, to);
            var (x2, y2) = Edge(to, from);
            var style = unprotected ? "stroke=\"#c62828\" stroke-width=\"3\""
                : external ? "stroke=\"#e65100\" stroke-width=\"2\" stroke-dasharray=\"6 4\""
                : "stroke=\"#546e7a\" stroke-width=\"1.5\"";
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x1:0.#}\" y1=\"{y1:0.#}\" x2=\"{x2:0.#}\" y2=\"{y2:0.#}\" {style}><title>{Escape(conduit.Name ?? $"{from.Title} → {to.Title}")}</title></line>");
            var label = string.Join(", ", conduit.Protocols);
            if (label.Length > 0)
            {
                var (mx, my) = LabelPoint(boxes.Values, x1, y1, x2, y2);
                var textWidth = (label.Length * 6.5) + 8;
                labels.Append(CultureInfo.InvariantCulture, $"<rect x=\"{mx - (textWidth / 2):0.#}\" y=\"{my - 9:0.#}\" width=\"{textWidth:0.#}\" height=\"16\" rx=\"3\" fill=\"#ffffff\" fill-opacity=\"0.9\"/>");
                labels.Append(CultureInfo.InvariantCulture, $"<text x=\"{mx:0.#}\" y=\"{my + 3:0.#}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#37474f\">{Escape(label)}</text>");
            }
        }

        foreach (var box in boxes.Values)
        {
            svg.Append(BoxSvg(box));
        }

        svg.Append(labels);
        svg.Append(Legend(context, legendTop));
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>A zone or external drawn as a box: its title, then its id (marked as an identifier) and <see cref="Detail"/> in words.</summary>
    private sealed record Box(string Id, string Title, string Detail, int X, int Y, int Importance, bool External);

    private static Dictionary<string, Box> Layout(ZoneDiagramContent context)
    {
        var templates = context.Templates.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var scale = context.ImportanceScale.Select(l => l.Value).Order().ToList();
        var neighbours = Neighbours(context.Model.Conduits);
        var rows = context.Zones
            .GroupBy(z => z.Template is not null && templates.TryGetValue(z.Template, out var t) ? t.DiagramRow ?? DefaultRow : DefaultRow)
            .OrderBy(g => g.Key)
            .Select(g => g.ToList())
            .ToList();

        var boxes = new Dictionary<string, Box>(StringComparer.Ordinal);
        var externalsRow = context.Model.Externals.Count > 0 ? 1 : 0;
        var column = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var r = 0; r < rows.Count; r++)
        {
            // Barycentre ordering: a zone sits under the zones above it that it connects to, so fewer lines cross.
            var ordered = rows[r]
                .Select((zone, index) => (zone, key: Barycentre(neighbours, zone.Id, column) ?? index))
                .OrderBy(p => p.key)
                .Select(p => p.zone)
                .ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                var zone = ordered[i];
                column[zone.Id] = i;
                var detail = $"{context.L(nameof(ReportText.ColImportance))} {zone.Importance} · SL {zone.TargetLevel}";
                boxes[zone.Id] = new Box(zone.Id, zone.Name ?? zone.Id, detail, X(i), Y(r + externalsRow), Math.Max(0, scale.IndexOf(zone.Importance)), false);
            }
        }

        var externals = context.Model.Externals
            .Select((external, index) => (external, key: Barycentre(neighbours, external.Id, column) ?? index))
            .OrderBy(p => p.key)
            .Select(p => p.external)
            .ToList();
        for (var i = 0; i < externals.Count; i++)
        {
            var external = externals[i];
            boxes[external.Id] = new Box(external.Id, external.Name ?? external.Id, ReportText.ResourceManager.GetString("ExternalKind_" + external.Kind.Replace('-', '_'), context.Language.Culture()) ?? external.Kind, X(i), Y(0), 0, true);
        }

        return boxes;
    }

    private static int X(int column) => Margin + (column * (BoxWidth + HorizontalGap));

    private static int Y(int row) => Margin + (row * (BoxHeight + VerticalGap));

    private static double? Barycentre(ILookup<string, string> neighbours, string id, Dictionary<string, double> placed)
    {
        var columns = neighbours[id].Where(placed.ContainsKey).Select(n => placed[n]).ToList();
        return columns.Count == 0 ? null : columns.Average();
    }

    private static ILookup<string, string> Neighbours(IEnumerable<Conduit> conduits) =>
        conduits.SelectMany(c => new[] { (c.From, c.To), (c.To, c.From) }).ToLookup(p => p.Item1, p => p.Item2, StringComparer.Ordinal);

    private static string BoxSvg(Box box)
    {
        var fill = box.External ? "#eceff1" : Fills[Math.Min(box.Importance, Fills.Length - 1)];
        var stroke = box.External ? "#607d8b" : Strokes[Math.Min(box.Importance, Strokes.Length - 1)];
        var dash = box.External ? " stroke-dasharray=\"4 3\"" : "";
        var title = box.Title.Length > 16 ? box.Title[..15] + "…" : box.Title;
        return string.Create(CultureInfo.InvariantCulture, $"<g><title>{Escape(box.Title)}</title><rect x=\"{box.X}\" y=\"{box.Y}\" width=\"{BoxWidth}\" height=\"{BoxHeight}\" rx=\"{(box.External ? 18 : 6)}\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"2\"{dash}/><text x=\"{box.X + (BoxWidth / 2)}\" y=\"{box.Y + 27}\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"bold\" fill=\"#212121\">{Escape(title)}</text><text x=\"{box.X + (BoxWidth / 2)}\" y=\"{box.Y + 48}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#455a64\"><tspan class=\"id\" font-family=\"monospace\" fill=\"#78909c\">{Escape(box.Id)}</tspan> · {Escape(box.Detail)}</text></g>");
    }

    private static string Legend(ZoneDiagramContent context, int top)
    {
        var legend = new StringBuilder();
        var x = Margin;
        legend.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{top}\" font-size=\"11\" fill=\"#37474f\">{Escape(context.L(nameof(ReportText.LegendImportance)))}</text>");
        var scale = context.ImportanceScale.OrderBy(l => l.Value).ToList();
        for (var i = 0; i < scale.Count; i++)
        {
            var bx = x + 200 + (i * 90);
            legend.Append(CultureInfo.InvariantCulture, $"<rect x=\"{bx}\" y=\"{top - 11}\" width=\"16\" height=\"14\" fill=\"{Fills[Math.Min(i, Fills.Length - 1)]}\" stroke=\"{Strokes[Math.Min(i, Strokes.Length - 1)]}\"/><text x=\"{bx + 22}\" y=\"{top}\" font-size=\"11\">{scale[i].Value} {Escape(scale[i].Label.Get(context.Language))}</text>");
        }

        var lines = new[]
        {
            ("stroke=\"#546e7a\" stroke-width=\"1.5\"", nameof(ReportText.LegendConduit)),
            ("stroke=\"#e65100\" stroke-width=\"2\" stroke-dasharray=\"6 4\"", nameof(ReportText.LegendExternal)),
            ("stroke=\"#c62828\" stroke-width=\"3\"", nameof(ReportText.LegendUnprotected)),
        };
        for (var i = 0; i < lines.Length; i++)
        {
            var y = top + 22 + (i * 18);
            legend.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x}\" y1=\"{y - 4}\" x2=\"{x + 40}\" y2=\"{y - 4}\" {lines[i].Item1}/><text x=\"{x + 50}\" y=\"{y}\" font-size=\"11\">{Escape(context.L(lines[i].Item2))}</text>");
        }

        return legend.ToString();
    }

    /// <summary>The middle of the line, or the point nearest to it that no box hides (a line may pass behind boxes).</summary>
    private static (double X, double Y) LabelPoint(IEnumerable<Box> boxes, double x1, double y1, double x2, double y2)
    {
        foreach (var t in new[] { 0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8 })
        {
            var (x, y) = (x1 + ((x2 - x1) * t), y1 + ((y2 - y1) * t));
            if (!boxes.Any(b => x >= b.X - 30 && x <= b.X + BoxWidth + 30 && y >= b.Y - 10 && y <= b.Y + BoxHeight + 10))
            {
                return (x, y);
            }
        }

        return ((x1 + x2) / 2, (y1 + y2) / 2);
    }

    /// <summary>Where the line from one box's centre towards another's leaves the box.</summary>
    private static (double X, double Y) Edge(Box from, Box to)
    {
        double cx = from.X + (BoxWidth / 2.0), cy = from.Y + (BoxHeight / 2.0);
        double dx = to.X + (BoxWidth / 2.0) - cx, dy = to.Y + (BoxHeight / 2.0) - cy;
        if (dx == 0 && dy == 0)
        {
            return (cx, cy);
        }

        var scale = Math.Min(dx == 0 ? double.MaxValue : BoxWidth / 2.0 / Math.Abs(dx), dy == 0 ? double.MaxValue : BoxHeight / 2.0 / Math.Abs(dy));
        return (cx + (dx * scale), cy + (dy * scale));
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
