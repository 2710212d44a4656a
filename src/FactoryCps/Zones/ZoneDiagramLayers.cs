using FactoryCps.Guideline;

namespace FactoryCps.Zones;

/// <summary>
/// The zone diagram's layers, top to bottom: the externals, then the catalogue's diagram rows (0 enterprise,
/// 1 DMZ and the zones that connect outwards, 2 operations, 3 control, 4 safety, 5 field). A zone's layer is its
/// template's <c>diagramRow</c> (catalogue data, <c>zone-templates.yaml</c>), so a new template places its zones by
/// saying its row; a zone without a template, or whose template gives no row, is drawn with the control zones
/// (the <c>control</c> template's row).
/// </summary>
internal sealed class ZoneDiagramLayers
{
    /// <summary>The externals' layer, above every zone's.</summary>
    public const int Externals = -1;

    private const string FallbackTemplate = "control";
    private const int FallbackRow = 3;

    private readonly Dictionary<string, int> _rows;
    private readonly int _fallback;

    public ZoneDiagramLayers(IEnumerable<ZoneTemplate> templates)
    {
        _rows = templates.Where(t => t.DiagramRow is not null).ToDictionary(t => t.Id, t => t.DiagramRow!.Value, StringComparer.Ordinal);
        _fallback = _rows.GetValueOrDefault(FallbackTemplate, FallbackRow);
    }

    /// <summary>The layer of a zone of this template (or of none).</summary>
    public int Of(string? template) => template is not null && _rows.TryGetValue(template, out var row) ? row : _fallback;
}
