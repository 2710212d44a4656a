using System.Text;
using FactoryCps.Localization;
using FactoryCps.Resources;
using static FactoryCps.Zones.ZoneDiagramText;

namespace FactoryCps.Zones;

/// <summary>
/// The zone diagram drawn: its SVG and the same content as text (layers with their boxes, then the lines), for a
/// screen reader and for whoever prefers a list.
/// </summary>
internal sealed record ZoneDiagramDrawing(string Svg, IReadOnlyList<(string Layer, IReadOnlyList<string> Boxes)> Layers, IReadOnlyList<string> Links)
{
    /// <summary>
    /// The SVG as a file of its own: the same drawing with its namespace declared, which HTML (the page, the report)
    /// leaves out, since the HTML parser puts an inline <c>svg</c> into it anyway.
    /// </summary>
    public string StandaloneSvg => "<svg xmlns=\"http://www.w3.org/2000/svg\"" + Svg["<svg".Length..];
}

/// <summary>
/// The zone diagram as SVG, one drawing for the web page, the HTML report and the <c>svg</c> report: zones as boxes
/// coloured by importance in layers from the externals (top) to the field (<see cref="ZoneDiagramLayers"/>), laid
/// out and routed by <see cref="ZoneDiagramLayout"/> so that no line crosses a box; conduits labelled with their
/// protocols and controls; a conduit to an external dotted, an unprotected crossing thick, dashed and labelled as
/// such, so that none of it rests on colour alone. It scales to its container's width (<c>viewBox</c>, width 100%).
/// Self-contained: no fonts, images, styles or scripts are fetched. It draws zones from what the derivation left
/// on them, not from an analysis, so that the reports and the web page build on it from above.
/// </summary>
internal static class ZoneDiagram
{
    private const string Font = "'Hiragino Kaku Gothic ProN','Noto Sans CJK JP','Yu Gothic',Meiryo,sans-serif";
    private const double LegendHeight = 118;
    private static readonly string[] Fills = ["#e8f5e9", "#fff8e1", "#ffebee", "#f3e5f5"];
    private static readonly string[] Strokes = ["#2e7d32", "#f9a825", "#c62828", "#6a1b9a"];
    private static readonly string[] Bands = ["#f7f9fa", "#eef2f4"];

    // Where along its line a label may go, from the middle outwards.
    private static readonly double[] LabelPlaces = [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8, 0.15, 0.85];

    private const string Plain = "stroke=\"#546e7a\" stroke-width=\"1.6\"";
    private const string ToExternal = "stroke=\"#e65100\" stroke-width=\"2\" stroke-dasharray=\"2 4\" stroke-linecap=\"round\"";
    private const string Unprotected = "stroke=\"#c62828\" stroke-width=\"3.5\" stroke-dasharray=\"12 6\"";

    public static ZoneDiagramDrawing Render(ZoneDiagramContent content, bool assets)
    {
        var (nodes, edges) = ZoneDiagramGraph.Build(content, assets);
        var geometry = ZoneDiagramLayout.Layout(nodes, edges);
        var width = geometry.Width;
        var height = geometry.Height + LegendHeight;
        var summary = string.Format(content.Language.Culture(), content.L(nameof(ReportText.DiagramSummary)), content.Zones.Count, content.Model.Externals.Count, content.Model.Conduits.Count, edges.Where(e => e.Unprotected).Sum(e => e.Conduits));

        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg viewBox=\"0 0 {width:0.#} {height:0.#}\" width=\"100%\" preserveAspectRatio=\"xMidYMin meet\" role=\"img\" aria-label=\"{Escape(content.L(nameof(ReportText.DiagramTitle)) + ": " + summary)}\" font-family=\"{Font}\" font-size=\"13\">"));
        svg.Append(Invariant($"<title>{Escape(content.L(nameof(ReportText.DiagramTitle)))}</title><desc>{Escape(summary)}</desc>"));
        svg.Append(Invariant($"<rect width=\"{width:0.#}\" height=\"{height:0.#}\" fill=\"#ffffff\"/>"));
        for (var i = 0; i < geometry.Layers.Count; i++)
        {
            var layer = geometry.Layers[i];
            svg.Append(Invariant($"<rect x=\"0\" y=\"{layer.Top:0.#}\" width=\"{width:0.#}\" height=\"{layer.Bottom - layer.Top:0.#}\" fill=\"{Bands[i % 2]}\"/>"));
            svg.Append(Invariant($"<text x=\"{ZoneDiagramLayout.Margin}\" y=\"{layer.Top + 24:0.#}\" font-size=\"14\" font-weight=\"bold\" fill=\"#455a64\">{Escape(Fit(LayerName(content, layer.Layer), 14, ZoneDiagramLayout.LayerLabelWidth - 12))}</text>"));
        }

        foreach (var link in geometry.Links)
        {
            svg.Append(Invariant($"<path d=\"{link.Path}\" fill=\"none\" {Style(link.Edge)}><title>{Escape(link.Edge.Title)}</title></path>"));
        }

        foreach (var box in geometry.Boxes)
        {
            AppendBox(svg, box);
        }

        var taken = geometry.Boxes.Select(b => (b.X, b.Y, b.Width, b.Height)).ToList();
        foreach (var link in geometry.Links.Where(l => l.Edge.Label.Length > 0))
        {
            AppendLabel(svg, link, taken);
        }

        AppendLegend(svg, content, geometry.Height + 8, assets);
        svg.Append("</svg>");
        return new ZoneDiagramDrawing(svg.ToString(), Outline(content, geometry), [.. geometry.Links.Select(l => l.Edge.Label.Length > 0 ? $"{l.Edge.Title}: {l.Edge.Label}" : l.Edge.Title)]);
    }

    private static List<(string Layer, IReadOnlyList<string> Boxes)> Outline(ZoneDiagramContent content, DiagramGeometry geometry) =>
        [.. geometry.Boxes.GroupBy(b => b.Node.Layer).OrderBy(g => g.Key).Select(g => (LayerName(content, g.Key),
            (IReadOnlyList<string>)[.. g.OrderBy(b => b.X).Select(b => b.Node.Assets.Count == 0 ? $"{b.Node.Title} ({b.Node.Detail})" : $"{b.Node.Title} ({b.Node.Detail}): {string.Join(", ", b.Node.Assets)}")]))];

    private static string LayerName(ZoneDiagramContent content, int layer) =>
        layer == ZoneDiagramLayers.Externals
            ? content.L(nameof(ReportText.DiagramExternals))
            : ReportText.ResourceManager.GetString($"DiagramLayer{layer}", content.Language.Culture()) ?? "";

    private static string Style(DiagramEdge edge) => edge.Unprotected ? Unprotected : edge.External ? ToExternal : Plain;

    private static void AppendBox(StringBuilder svg, PlacedBox box)
    {
        var node = box.Node;
        var external = node.Kind == DiagramNodeKind.External;
        var fill = external ? "#eceff1" : Fills[Math.Min(node.Importance, Fills.Length - 1)];
        var stroke = external ? "#607d8b" : Strokes[Math.Min(node.Importance, Strokes.Length - 1)];
        var border = external ? " stroke-dasharray=\"5 3\"" : node.Kind == DiagramNodeKind.Group ? " stroke-width=\"4\"" : "";
        var centre = box.X + (box.Width / 2);
        svg.Append(Invariant($"<g><title>{Escape(node.Title)}</title>"));
        svg.Append(Invariant($"<rect x=\"{box.X:0.#}\" y=\"{box.Y:0.#}\" width=\"{box.Width:0.#}\" height=\"{box.Height:0.#}\" rx=\"{(external ? 18 : 6)}\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"2\"{border}/>"));
        svg.Append(Invariant($"<text x=\"{centre:0.#}\" y=\"{box.Y + 25:0.#}\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"bold\" fill=\"#212121\">{Escape(Fit(node.Title, 15, box.Width - 16))}</text>"));
        svg.Append(Invariant($"<text x=\"{centre:0.#}\" y=\"{box.Y + 46:0.#}\" text-anchor=\"middle\" font-size=\"12\" fill=\"#37474f\">{Escape(Fit(node.Detail, 12, box.Width - 16))}</text>"));
        svg.Append("</g>");
        if (node.Assets.Count == 0)
        {
            return;
        }

        var columns = Math.Min(3, node.Assets.Count);
        var left = centre - (((columns * (ZoneDiagramLayout.ChipWidth + ZoneDiagramLayout.ChipGap)) - ZoneDiagramLayout.ChipGap) / 2);
        for (var i = 0; i < node.Assets.Count; i++)
        {
            var x = left + (i % columns * (ZoneDiagramLayout.ChipWidth + ZoneDiagramLayout.ChipGap));
            var y = box.Y + ZoneDiagramLayout.HeaderHeight + (i / columns * (ZoneDiagramLayout.ChipHeight + ZoneDiagramLayout.ChipGap));
            svg.Append(Invariant($"<g class=\"asset\"><title>{Escape(node.Assets[i])}</title><rect x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{ZoneDiagramLayout.ChipWidth}\" height=\"{ZoneDiagramLayout.ChipHeight}\" rx=\"3\" fill=\"#ffffff\" stroke=\"#90a4ae\"/><text x=\"{x + 8:0.#}\" y=\"{y + 16.5:0.#}\" font-size=\"12\" fill=\"#263238\">{Escape(Fit(node.Assets[i], 12, ZoneDiagramLayout.ChipWidth - 14))}</text></g>"));
        }
    }

    /// <summary>The label on its line, at the first point from the middle outwards where it covers no box and no other label.</summary>
    private static void AppendLabel(StringBuilder svg, PlacedLink link, List<(double X, double Y, double Width, double Height)> taken)
    {
        var text = Fit(link.Edge.Label, 12, 260);
        var width = Width(text, 12) + 10;
        var route = link.Route;
        var (x, y) = route[route.Count / 2];
        foreach (var at in LabelPlaces)
        {
            var (px, py) = route[(int)(at * (route.Count - 1))];
            if (!taken.Any(b => px + (width / 2) > b.X && px - (width / 2) < b.X + b.Width && py + 10 > b.Y && py - 10 < b.Y + b.Height))
            {
                (x, y) = (px, py);
                break;
            }
        }

        taken.Add((x - (width / 2), y - 10, width, 19));
        var colour = link.Edge.Unprotected ? "#b71c1c" : "#37474f";
        var weight = link.Edge.Unprotected ? " font-weight=\"bold\"" : "";
        svg.Append(Invariant($"<g><title>{Escape(link.Edge.Title)}</title><rect x=\"{x - (width / 2):0.#}\" y=\"{y - 10:0.#}\" width=\"{width:0.#}\" height=\"19\" rx=\"3\" fill=\"#ffffff\" fill-opacity=\"0.92\"/>"));
        svg.Append(Invariant($"<text x=\"{x:0.#}\" y=\"{y + 4:0.#}\" text-anchor=\"middle\" font-size=\"12\" fill=\"{colour}\"{weight}>{Escape(text)}</text></g>"));
    }

    private static void AppendLegend(StringBuilder svg, ZoneDiagramContent content, double top, bool assets)
    {
        var x = ZoneDiagramLayout.Margin;
        var y = top + 16;
        svg.Append(Invariant($"<text x=\"{x}\" y=\"{y:0.#}\" font-size=\"12\" fill=\"#37474f\">{Escape(content.L(nameof(ReportText.LegendImportance)))}</text>"));
        var scale = content.ImportanceScale.OrderBy(l => l.Value).ToList();
        var bx = x + Width(content.L(nameof(ReportText.LegendImportance)), 12) + 16;
        for (var i = 0; i < scale.Count; i++)
        {
            var label = $"{scale[i].Value} {scale[i].Label.Get(content.Language)}";
            svg.Append(Invariant($"<rect x=\"{bx:0.#}\" y=\"{y - 11:0.#}\" width=\"16\" height=\"14\" fill=\"{Fills[Math.Min(i, Fills.Length - 1)]}\" stroke=\"{Strokes[Math.Min(i, Strokes.Length - 1)]}\"/><text x=\"{bx + 22:0.#}\" y=\"{y:0.#}\" font-size=\"12\">{Escape(label)}</text>"));
            bx += 22 + Width(label, 12) + 18;
        }

        var lines = new[] { (Plain, nameof(ReportText.LegendConduit)), (ToExternal, nameof(ReportText.LegendExternal)), (Unprotected, nameof(ReportText.LegendUnprotected)) };
        for (var i = 0; i < lines.Length; i++)
        {
            var ly = y + 22 + (i * 20);
            svg.Append(Invariant($"<line x1=\"{x}\" y1=\"{ly - 4:0.#}\" x2=\"{x + 48}\" y2=\"{ly - 4:0.#}\" {lines[i].Item1}/><text x=\"{x + 58}\" y=\"{ly:0.#}\" font-size=\"12\">{Escape(content.L(lines[i].Item2))}</text>"));
        }

        if (assets)
        {
            var ly = y + 22 + (lines.Length * 20);
            svg.Append(Invariant($"<rect x=\"{x + 8}\" y=\"{ly - 12:0.#}\" width=\"32\" height=\"14\" rx=\"3\" fill=\"#ffffff\" stroke=\"#90a4ae\"/><text x=\"{x + 58}\" y=\"{ly:0.#}\" font-size=\"12\">{Escape(content.L(nameof(ReportText.LegendAsset)))}</text>"));
        }
    }
}
