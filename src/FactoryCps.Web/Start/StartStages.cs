using System.Text.Json.Nodes;

namespace FactoryCps.Web.Start;

/// <summary>One form of a set-up stage: the model section it adds to and the fields it asks for, in that order.</summary>
/// <param name="Section">The model section the form writes (through the normal model edit path).</param>
/// <param name="Fields">The field paths shown, a subset of the section's schema fields.</param>
/// <param name="Asked">
/// The fields the set-up needs beyond what the model requires: a name (people read names; the id is made for them),
/// a zone's template, an asset's zone.
/// </param>
internal sealed record StartForm(string Section, IReadOnlyList<string> Fields, IReadOnlyList<string> Asked);

/// <summary>A stage of the guided set-up: its route name and forms, in the guideline's order.</summary>
internal sealed record StartStage(string Name, IReadOnlyList<StartForm> Forms);

/// <summary>
/// The guided set-up of a new site, in Step 1's order: the purpose of smart-ification and the BCP, the operations
/// with their impact, zones from the catalogue's templates, assets into zones, the connections leaving the plant;
/// then the first analysis. It keeps no state of its own: where someone resumes is read from the model.
/// </summary>
internal static class StartStages
{
    public const string Analysis = "analysis";

    public static IReadOnlyList<StartStage> All { get; } =
    [
        new("purpose", [new("objectives", ["name", "kind", "since", "description"], ["name"]), new("bcp", ["reviewed", "maxTolerableDowntimeHours"], [])]),
        new("operations", [new("operations", ["name", "objective", "impact.safety", "impact.quality", "impact.delivery", "impact.cost", "impact.continuity", "impact.environment", "impact.compliance"], ["name"])]),
        new("zones", [new("zones", ["template", "name"], ["template", "name"])]),
        new("assets", [new("assets", ["name", "kind", "zone", "operations"], ["name", "zone"])]),
        new("connections", [new("externals", ["name", "kind"], ["name"]), new("conduits", ["from", "to", "protocols", "encrypted", "authenticated", "controls"], [])]),
    ];

    public static StartStage? Find(string name) => All.FirstOrDefault(s => s.Name == name);

    /// <summary>
    /// Whether a stage holds what the set-up asks of it: an objective; an operation (the model refuses one without an
    /// impact or an importance); a zone; an asset placed in a zone; a conduit to something outside the plant. The BCP is asked but not required: a plant
    /// without one says so by leaving it empty, and the analysis reports it as a finding.
    /// </summary>
    public static bool IsDone(string stage, JsonObject? document) => stage switch
    {
        "purpose" => Items(document, "objectives").Any(),
        "operations" => Items(document, "operations").Any(),
        "zones" => Items(document, "zones").Any(),
        "assets" => Items(document, "assets").Any(a => a["zone"] is not null),
        "connections" => Items(document, "conduits").Any(c => Items(document, "externals").Any(e => (string?)e["id"] == (string?)c["to"] || (string?)e["id"] == (string?)c["from"])),
        _ => false,
    };

    /// <summary>The first stage not yet done, or <see cref="Analysis"/> when all are: where someone coming back continues.</summary>
    public static string Resume(JsonObject? document) => All.FirstOrDefault(s => !IsDone(s.Name, document))?.Name ?? Analysis;

    /// <summary>The stage after <paramref name="stage"/>, or <see cref="Analysis"/> after the last.</summary>
    public static string Next(string stage)
    {
        var index = All.ToList().FindIndex(s => s.Name == stage);
        return index >= 0 && index + 1 < All.Count ? All[index + 1].Name : Analysis;
    }

    /// <summary>The stage before <paramref name="stage"/>, or null for the first.</summary>
    public static string? Previous(string stage)
    {
        var index = stage == Analysis ? All.Count : All.ToList().FindIndex(s => s.Name == stage);
        return index > 0 ? All[index - 1].Name : null;
    }

    public static IEnumerable<JsonObject> Items(JsonObject? document, string section) =>
        document?[section] is JsonArray list ? list.OfType<JsonObject>() : [];

    /// <summary>
    /// An id for a new object: the zone template's id for a zone (people name zones after their role), otherwise
    /// the section's word and a number; the first one the section does not use yet. Ids are addresses, not words to
    /// read: the set-up asks for names.
    /// </summary>
    public static string NewId(string section, JsonObject body, JsonObject? document)
    {
        var used = Items(document, section).Select(o => (string?)o["id"]).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var stem = section switch
        {
            "zones" when body["template"] is JsonValue t && t.TryGetValue<string>(out var template) && IsIdLike(template) => template,
            "objectives" => "objective",
            "operations" => "operation",
            "assets" => "asset",
            "externals" => "external",
            "conduits" => "conduit",
            _ => section,
        };
        if (!used.Contains(stem) && section == "zones")
        {
            return stem;
        }

        for (var n = 1; ; n++)
        {
            var id = $"{stem}-{n}";
            if (!used.Contains(id))
            {
                return id;
            }
        }
    }

    private static bool IsIdLike(string text) =>
        text.Length is > 0 and < 60 && text.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '.' or '_') && char.IsAsciiLetterOrDigit(text[0]);
}
