using System.Xml.Linq;
using FactoryCps.Catalog.Loading;
using FactoryCps.Localization;
using FactoryCps.Reports;
using FactoryCps.Synthetic;
using FactoryCps.Tests.Reports;
using FactoryCps.Zones;

namespace FactoryCps.Tests.Zones;

/// <summary>
/// The zone diagram's layout (issue 16): lines that touch no box but their ends, layers from the externals down
/// to the field, the same SVG for the same model, assets only when asked for, and a large site grouped.
/// </summary>
public sealed class ZoneDiagramTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    // Externals, enterprise, DMZ and field, with an external joined straight to the field zone and to a control zone,
    // and the enterprise to the field: lines that a straight drawing would run through the boxes between them.
    private const string Crossings = """
        format: 1
        site: { id: crossings, name: Crossings }
        operations:
          - { id: production, name: Production, impact: { safety: 3 } }
        zones:
          - { id: office, name: Office, template: enterprise }
          - { id: erp, name: ERP zone, template: enterprise }
          - { id: dmz, name: DMZ, template: dmz }
          - { id: mes, name: MES, template: operations }
          - { id: line1, name: Line 1, template: control }
          - { id: line2, name: Line 2, template: control }
          - { id: line3, name: Line 3, template: control }
          - { id: sis, name: Safety, template: safety }
          - { id: field, name: Field devices, template: field }
          - { id: loose, name: Unconnected zone }
        assets:
          - { id: plc1, name: PLC 1, kind: plc, zone: line1, operations: [production] }
          - { id: plc2, name: PLC 2, kind: plc, zone: line2, operations: [production] }
          - { id: io, name: Remote I/O, kind: plc, zone: field, operations: [production] }
          - { id: pc, name: Office PC, kind: pc, zone: office }
        externals:
          - { id: vendor, name: Vendor, kind: vendor-remote }
          - { id: cloud, name: Cloud, kind: cloud }
          - { id: internet, name: Internet, kind: internet }
        conduits:
          - { id: c1, from: office, to: dmz, protocols: [HTTPS], controls: [firewall] }
          - { id: c2, from: dmz, to: mes, controls: [firewall] }
          - { id: c3, from: mes, to: line1 }
          - { id: c4, from: mes, to: line2 }
          - { id: c5, from: mes, to: line3 }
          - { id: c6, from: line1, to: sis }
          - { id: c7, from: sis, to: field }
          - { id: c8, from: vendor, to: field, protocols: [VNC] }
          - { id: c9, from: cloud, to: line2, protocols: [MQTT] }
          - { id: c10, from: erp, to: field, protocols: [Modbus/TCP] }
          - { id: c11, from: internet, to: office }
          - { id: c12, from: line1, to: line3 }
        """;

    public static TheoryData<string> Models => ["demo", "crossings", "synthetic-50"];

    [Theory]
    [MemberData(nameof(Models))]
    public void No_line_passes_through_a_box_other_than_its_ends(string model)
    {
        foreach (var assets in new[] { false, true })
        {
            var geometry = Geometry(Context(model), assets);
            Assert.NotEmpty(geometry.Links);
            foreach (var link in geometry.Links)
            {
                var others = geometry.Boxes.Where(b => b.Node.Id != link.Edge.From && b.Node.Id != link.Edge.To);
                foreach (var box in others)
                {
                    // The router keeps a padding around every box; a point more than a pixel inside one is a crossing.
                    Assert.DoesNotContain(link.Route, p => p.X > box.X + 1 && p.X < box.X + box.Width - 1 && p.Y > box.Y + 1 && p.Y < box.Y + box.Height - 1);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Layers_run_from_the_externals_down_to_the_field(string model)
    {
        var geometry = Geometry(Context(model), assets: true);
        var layers = geometry.Boxes.GroupBy(b => b.Node.Layer).OrderBy(g => g.Key).ToList();
        Assert.Equal(ZoneDiagramLayers.Externals, layers[0].Key);
        for (var i = 0; i + 1 < layers.Count; i++)
        {
            Assert.True(layers[i].Max(b => b.Y + b.Height) < layers[i + 1].Min(b => b.Y), $"layer {layers[i].Key} is not above layer {layers[i + 1].Key}");
        }
    }

    [Fact]
    public void A_zone_takes_its_layer_from_its_template_in_the_catalogue()
    {
        var geometry = Geometry(Context("crossings"), assets: false);
        int Layer(string id) => geometry.Boxes.Single(b => b.Node.Id == id).Node.Layer;

        Assert.Equal(ZoneDiagramLayers.Externals, Layer("vendor"));
        Assert.Equal([0, 1, 2, 3, 4, 5], new[] { "office", "dmz", "mes", "line1", "sis", "field" }.Select(Layer));
        Assert.Equal(Layer("line1"), Layer("loose"));
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void The_same_model_gives_the_same_svg(string model)
    {
        Assert.Equal(Context(model).Diagram(assets: true).Svg, Context(model).Diagram(assets: true).Svg);
        Assert.Equal(Context(model).Diagram(assets: false).Svg, Context(model).Diagram(assets: false).Svg);
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void The_svg_is_well_formed_scales_to_its_width_and_names_every_box(string model)
    {
        var context = Context(model);
        var svg = XDocument.Parse(context.Diagram(assets: true).StandaloneSvg).Root!;

        Assert.Equal(Svg + "svg", svg.Name);
        Assert.Equal("100%", (string?)svg.Attribute("width"));
        Assert.StartsWith("0 0 ", (string?)svg.Attribute("viewBox"), StringComparison.Ordinal);
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.False(string.IsNullOrWhiteSpace((string?)svg.Attribute("aria-label")));
        Assert.Equal(Svg + "title", svg.Elements().First().Name);
        Assert.All(svg.Elements(Svg + "g"), g => Assert.NotNull(g.Element(Svg + "title")));
        Assert.All(svg.Elements(Svg + "path"), p => Assert.NotNull(p.Element(Svg + "title")));
    }

    [Fact]
    public void Assets_are_drawn_inside_their_zones_only_when_asked_for()
    {
        var context = Context("crossings");
        var without = XDocument.Parse(context.Diagram(assets: false).StandaloneSvg);
        var with = XDocument.Parse(context.Diagram(assets: true).StandaloneSvg);
        static List<string> Assets(XDocument svg) => [.. svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "asset").Select(g => g.Element(Svg + "title")!.Value)];

        Assert.Empty(Assets(without));
        Assert.Equal(["Office PC", "PLC 1", "PLC 2", "Remote I/O"], Assets(with).Order(StringComparer.Ordinal));

        var geometry = Geometry(context, assets: true);
        var line1 = geometry.Boxes.Single(b => b.Node.Id == "line1");
        Assert.Equal(["PLC 1"], line1.Node.Assets);
        Assert.True(line1.Height > Geometry(context, assets: false).Boxes.Single(b => b.Node.Id == "line1").Height);
    }

    [Fact]
    public void An_unprotected_crossing_is_dashed_and_labelled_not_only_red()
    {
        var context = ReportFixture.Sample(Language.En);
        Assert.NotEmpty(context.UnprotectedConduits);
        var svg = XDocument.Parse(context.Diagram(assets: false).StandaloneSvg);
        var unprotected = svg.Descendants(Svg + "path").Where(p => (string?)p.Attribute("stroke") == "#c62828").ToList();

        Assert.Equal(context.UnprotectedConduits.Count, unprotected.Count);
        Assert.All(unprotected, p => Assert.NotNull(p.Attribute("stroke-dasharray")));
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value.StartsWith("Unprotected", StringComparison.Ordinal));
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value.StartsWith("Unprotected crossing (thick dashed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_large_site_is_grouped_by_template_with_one_line_per_pair_of_groups()
    {
        var context = Synthetic(500, 2_000);
        var (nodes, edges) = ZoneDiagramGraph.Build(context.DiagramContent, assets: true);

        Assert.Equal(context.DiagramContent.Zones.Select(z => z.Template).Distinct().Count(), nodes.Count(n => n.Kind == DiagramNodeKind.Group));
        Assert.DoesNotContain(nodes, n => n.Kind == DiagramNodeKind.Zone || n.Assets.Count > 0);
        Assert.Equal(edges.Count, edges.Select(e => string.CompareOrdinal(e.From, e.To) < 0 ? (e.From, e.To) : (e.To, e.From)).Distinct().Count());
        Assert.Equal(context.Analysis.Model.Conduits.Count(c => Group(nodes, context, c.From) != Group(nodes, context, c.To)), edges.Sum(e => e.Conduits));
    }

    private static string Group(IReadOnlyList<DiagramNode> nodes, ReportContext context, string id)
    {
        var zone = context.DiagramContent.Zones.FirstOrDefault(z => z.Id == id);
        return zone is not null ? "group:" + zone.Template : "external:" + context.Analysis.Model.Externals.Single(e => e.Id == id).Kind;
    }

    private static DiagramGeometry Geometry(ReportContext context, bool assets)
    {
        var (nodes, edges) = ZoneDiagramGraph.Build(context.DiagramContent, assets);
        return ZoneDiagramLayout.Layout(nodes, edges);
    }

    private static ReportContext Context(string model) => model switch
    {
        "demo" => ReportFixture.Sample(Language.Ja),
        "crossings" => ReportFixture.FromYaml(Crossings),
        _ => Synthetic(50, 120),
    };

    private static ReportContext Synthetic(int zones, int conduits) =>
        ReportFixture.FromYaml(SyntheticModel.Generate(new SyntheticModel.Size(zones * 4, zones, conduits, 20, Externals: 6, Operations: 10), [.. CatalogLoader.Default.Countermeasures.Select(c => c.Id)]));
}
