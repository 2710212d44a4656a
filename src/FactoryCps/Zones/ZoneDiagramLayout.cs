using Microsoft.Msagl.Core.Geometry;
using Microsoft.Msagl.Core.Geometry.Curves;
using Microsoft.Msagl.Core.Layout;
using Microsoft.Msagl.Layout.Layered;
using Microsoft.Msagl.Miscellaneous;
using Microsoft.Msagl.Routing.Rectilinear;

namespace FactoryCps.Zones;

/// <summary>A box placed: top-left corner and size in the SVG's coordinates (y down).</summary>
internal sealed record PlacedBox(DiagramNode Node, double X, double Y, double Width, double Height);

/// <summary>A line routed: its SVG path, points along it (for the label and the tests), and where its label goes.</summary>
internal sealed record PlacedLink(DiagramEdge Edge, string Path, IReadOnlyList<(double X, double Y)> Route);

/// <summary>A layer's band across the diagram, behind its boxes.</summary>
internal sealed record PlacedLayer(int Layer, double Top, double Bottom);

/// <summary>The diagram laid out, in SVG coordinates, before any text is written.</summary>
internal sealed record DiagramGeometry(IReadOnlyList<PlacedBox> Boxes, IReadOnlyList<PlacedLink> Links, IReadOnlyList<PlacedLayer> Layers, double Width, double Height);

/// <summary>
/// Lays the boxes out in layers and routes the lines around them with MSAGL (AutomaticGraphLayout): a layered
/// (Sugiyama) layout with every box of a layer pinned to the same layer and each layer held above the next, then
/// MSAGL's spline router, which treats every box as an obstacle, so a line touches only the boxes at its ends. The
/// layered layout is given each line from the upper box to the lower, a hidden root above the externals with a
/// hidden line to each connected part (a part laid out apart would be packed beside the rest, its layers out of
/// line with theirs), and its inputs in the model's order: the same model gives the same geometry.
/// </summary>
internal static class ZoneDiagramLayout
{
    public const double LayerLabelWidth = 150;
    public const double Margin = 16;
    public const double HeaderHeight = 62;
    public const double ChipHeight = 24;
    public const double ChipGap = 6;
    public const double ChipWidth = 176;
    private const double MinBoxWidth = 200;
    private const double MaxBoxWidth = 340;
    private const int ChipColumns = 3;

    public static DiagramGeometry Layout(IReadOnlyList<DiagramNode> nodes, IReadOnlyList<DiagramEdge> edges)
    {
        var graph = new GeometryGraph();
        var byId = new Dictionary<string, Node>(StringComparer.Ordinal);
        var layerOf = new Dictionary<Node, DiagramNode>();
        foreach (var node in nodes)
        {
            var (width, height) = Size(node);
            var msagl = new Node(CurveFactory.CreateRectangle(width, height, new Point()), node.Id);
            graph.Nodes.Add(msagl);
            byId[node.Id] = msagl;
            layerOf[msagl] = node;
        }

        foreach (var edge in edges)
        {
            var (from, to) = (byId[edge.From], byId[edge.To]);
            var downwards = layerOf[from].Layer <= layerOf[to].Layer;
            graph.Edges.Add(new Edge(downwards ? from : to, downwards ? to : from) { UserData = edge });
        }

        var settings = new SugiyamaLayoutSettings { NodeSeparation = 36, LayerSeparation = 70, RandomSeedForOrdering = 1 };
        var layers = nodes.GroupBy(n => n.Layer).OrderBy(g => g.Key).Select(g => g.Select(n => byId[n.Id]).ToArray()).ToList();
        foreach (var layer in layers.Where(l => l.Length > 1))
        {
            settings.PinNodesToSameLayer(layer);
        }

        for (var i = 0; i + 1 < layers.Count; i++)
        {
            settings.AddUpDownConstraint(layers[i][0], layers[i + 1][0]);
        }

        var root = new Node(CurveFactory.CreateRectangle(1, 1, new Point()), "root");
        var hidden = HiddenEdges(graph, root, layerOf);
        if (layers.Count > 0)
        {
            settings.AddUpDownConstraint(root, layers[0][0]);
        }

        LayoutHelpers.CalculateLayout(graph, settings, null, null);
        foreach (var edge in hidden)
        {
            graph.Edges.Remove(edge);
        }

        graph.Nodes.Remove(root);
        new RectilinearEdgeRouter(graph, 10, 4, false).Run();
        return Place(graph, layerOf);
    }

    /// <summary>A box's size: its title's width, or its assets' grid under the title.</summary>
    public static (double Width, double Height) Size(DiagramNode node)
    {
        var width = Math.Clamp(ZoneDiagramText.Width(node.Title, 15) + 28, MinBoxWidth, MaxBoxWidth);
        if (node.Assets.Count == 0)
        {
            return (width, HeaderHeight);
        }

        var columns = Math.Min(ChipColumns, node.Assets.Count);
        var rows = (node.Assets.Count + columns - 1) / columns;
        return (Math.Max(width, (columns * (ChipWidth + ChipGap)) + ChipGap + 8), HeaderHeight + (rows * (ChipHeight + ChipGap)) + 8);
    }

    private static List<Edge> HiddenEdges(GeometryGraph graph, Node root, Dictionary<Node, DiagramNode> layerOf)
    {
        var part = graph.Nodes.ToDictionary(n => n, n => n);
        Node Find(Node n)
        {
            while (part[n] != n)
            {
                n = part[n] = part[part[n]];
            }

            return n;
        }

        foreach (var edge in graph.Edges)
        {
            part[Find(edge.Source)] = Find(edge.Target);
        }

        graph.Nodes.Add(root);
        var hidden = new List<Edge>();
        foreach (var component in graph.Nodes.Where(n => n != root).GroupBy(Find))
        {
            var top = component.OrderBy(n => layerOf[n].Layer).First();
            var edge = new Edge(root, top);
            graph.Edges.Add(edge);
            hidden.Add(edge);
        }

        return hidden;
    }

    private static DiagramGeometry Place(GeometryGraph graph, Dictionary<Node, DiagramNode> layerOf)
    {
        var nodes = graph.Nodes.ToList();
        if (nodes.Count == 0)
        {
            return new DiagramGeometry([], [], [], 600, 100);
        }

        var left = nodes.Min(n => n.BoundingBox.Left);
        var top = nodes.Max(n => n.BoundingBox.Top);
        var dx = Margin + LayerLabelWidth - left;
        (double X, double Y) At(Point p) => (Math.Round(p.X + dx, 1), Math.Round(top - p.Y + Margin, 1));

        var boxes = nodes.Select(n =>
        {
            var (x, y) = At(new Point(n.BoundingBox.Left, n.BoundingBox.Top));
            return new PlacedBox(layerOf[n], x, y, n.BoundingBox.Width, n.BoundingBox.Height);
        }).ToList();
        var links = graph.Edges.Where(e => e.Curve is not null).Select(e => Link(e, At)).ToList();
        var bands = boxes.GroupBy(b => b.Node.Layer).OrderBy(g => g.Key)
            .Select(g => new PlacedLayer(g.Key, g.Min(b => b.Y) - 12, g.Max(b => b.Y + b.Height) + 12)).ToList();
        var width = Math.Max(600, boxes.Max(b => b.X + b.Width) + Margin);
        var height = Math.Max(bands[^1].Bottom, links.SelectMany(l => l.Route).Select(p => p.Y).DefaultIfEmpty(0).Max()) + Margin;
        return new DiagramGeometry(boxes, links, bands, Math.Round(width), Math.Round(height));
    }

    private static PlacedLink Link(Edge edge, Func<Point, (double X, double Y)> at)
    {
        var path = new System.Text.StringBuilder();
        var route = new List<(double X, double Y)>();
        var segments = edge.Curve is Curve curve ? curve.Segments : [edge.Curve];
        var start = at(edge.Curve.Start);
        path.Append(ZoneDiagramText.Invariant($"M{start.X:0.#} {start.Y:0.#}"));
        route.Add(start);
        foreach (var segment in segments)
        {
            if (segment is CubicBezierSegment bezier)
            {
                var (b1, b2, b3) = (at(bezier.B(1)), at(bezier.B(2)), at(bezier.B(3)));
                path.Append(ZoneDiagramText.Invariant($" C{b1.X:0.#} {b1.Y:0.#} {b2.X:0.#} {b2.Y:0.#} {b3.X:0.#} {b3.Y:0.#}"));
            }
            else if (segment is LineSegment line)
            {
                var end = at(line.End);
                path.Append(ZoneDiagramText.Invariant($" L{end.X:0.#} {end.Y:0.#}"));
            }
            else
            {
                for (var i = 1; i <= 12; i++)
                {
                    var p = at(segment[segment.ParStart + ((segment.ParEnd - segment.ParStart) * i / 12)]);
                    path.Append(ZoneDiagramText.Invariant($" L{p.X:0.#} {p.Y:0.#}"));
                }
            }

            for (var i = 1; i <= 16; i++)
            {
                route.Add(at(segment[segment.ParStart + ((segment.ParEnd - segment.ParStart) * i / 16)]));
            }
        }

        return new PlacedLink((DiagramEdge)edge.UserData, path.ToString(), route);
    }
}
