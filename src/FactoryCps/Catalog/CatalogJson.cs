using System.Globalization;
using System.Text.Json.Nodes;
using FactoryCps.Cases;
using FactoryCps.Countermeasures;
using FactoryCps.Findings;
using FactoryCps.Glossary;
using FactoryCps.Guideline;
using FactoryCps.Localization;
using FactoryCps.Threats;

namespace FactoryCps.Catalog;

/// <summary>
/// The catalogue's JSON contract (documented in docs/catalog.md, "JSON output"), shared by the CLI and
/// the web API. Field names here are a promise to users' scripts: add fields, never rename them.
/// </summary>
internal static class CatalogJson
{
    public static IReadOnlyList<string> Sections { get; } =
        ["steps", "threats", "countermeasures", "rules", "zone-templates", "requirements", "ooda", "supply-chain", "checklist", "findings", "glossary"];

    public static JsonArray Section(GuidelineCatalog catalog, string section) => section switch
    {
        "steps" => Array(catalog.Steps, Step),
        "threats" => Array(catalog.Threats, t => Threat(catalog, t)),
        "countermeasures" => Array(catalog.Countermeasures, Countermeasure),
        "rules" => Array(catalog.Rules, Rule),
        "zone-templates" => Array(catalog.ZoneTemplates, ZoneTemplate),
        "requirements" => Array(catalog.Requirements, Requirement),
        "ooda" => Array(catalog.Ooda, Ooda),
        "supply-chain" => Array(catalog.SupplyChain, SupplyChain),
        "checklist" => Array(catalog.Checklist, Checklist),
        "findings" => Array(catalog.FindingRules, FindingRule),
        "glossary" => Array(catalog.Glossary, GlossaryEntry),
        _ => throw new ArgumentOutOfRangeException(nameof(section), section, "Unknown catalog section."),
    };

    public static JsonObject Text(LocalizedText text) => new() { ["ja"] = text.Ja, ["en"] = text.En };

    private static JsonArray Array<T>(IEnumerable<T> items, Func<T, JsonNode> map) => [.. items.Select(map)];

    private static JsonArray Strings(IEnumerable<string> values) => [.. values.Select(v => (JsonNode)v)];

    private static JsonNode? OptionalText(LocalizedText? text) => text is null ? null : Text(text);

    private static string Mark(Confidence confidence) => confidence == Confidence.Seed ? "seed" : "derived";

    /// <summary>
    /// The item's own mark, and beside each of its texts (<c>title</c> → <c>titleProvenance</c>) that text's:
    /// its own where it carries one, else the item's. A text whose mark is set already (a threat's category is
    /// the category's) keeps it; a note is our remark and has none.
    /// </summary>
    private static JsonObject Provenance(JsonObject item, CatalogItem source)
    {
        foreach (var field in item.Where(e => IsText(e.Value)).Select(e => e.Key).ToList())
        {
            if (!item.ContainsKey(field + "Provenance"))
            {
                item.Insert(item.IndexOf(field) + 1, field + "Provenance", TextProvenance(source.MarkOf(field)));
            }
        }

        item["source"] = source.Source;
        item["confidence"] = Mark(source.Confidence);
        if (source.Note is not null)
        {
            item["note"] = Text(source.Note);
        }

        return item;
    }

    private static bool IsText(JsonNode? node) => node is JsonObject { Count: 2 } text && text.ContainsKey("ja") && text.ContainsKey("en");

    private static JsonObject TextProvenance(TextMark mark) => new() { ["source"] = mark.Source, ["confidence"] = Mark(mark.Confidence) };

    private static JsonObject Step(Step step) => Provenance(new JsonObject
    {
        ["id"] = step.Id,
        ["title"] = Text(step.Title),
        ["mainAction"] = Text(step.MainAction),
        ["mainActionConfidence"] = Mark(step.MainActionConfidence),
        ["smartPoint"] = Text(step.SmartPoint),
        ["points"] = Array(step.Points, Point),
    }, step);

    private static JsonObject Point(StepPoint point) => Provenance(new JsonObject
    {
        ["id"] = point.Id,
        ["label"] = point.Label,
        ["title"] = Text(point.Title),
        ["description"] = OptionalText(point.Description),
        ["question"] = OptionalText(point.Question),
        ["questionConfidence"] = point.Question is null ? null : Mark(StepPoint.QuestionConfidence),
        ["points"] = Array(point.Points, Point),
    }, point);

    private static JsonObject Threat(GuidelineCatalog catalog, Threat threat)
    {
        var category = catalog.ThreatCategories.First(c => c.Id == threat.Category);
        return Provenance(new JsonObject
        {
            ["id"] = threat.Id,
            ["categoryId"] = threat.Category,
            ["category"] = Text(category.Title),
            ["categoryProvenance"] = TextProvenance(category.TitleMark),
            ["title"] = Text(threat.Title),
            ["description"] = OptionalText(threat.Description),
            ["countermeasureGroups"] = Strings(threat.CountermeasureGroups),
            ["countermeasures"] = Strings(catalog.CountermeasuresFor(threat.Id).Select(c => c.Id)),
            ["level"] = threat.Level,
            ["smartFactory"] = threat.SmartFactory,
        }, threat);
    }

    private static JsonObject Countermeasure(Countermeasure countermeasure) => Provenance(new JsonObject
    {
        ["id"] = countermeasure.Id,
        ["group"] = countermeasure.Group,
        ["title"] = Text(countermeasure.Title),
        ["description"] = Text(countermeasure.Description),
        ["threats"] = Strings(countermeasure.Threats),
        ["fr"] = Strings(countermeasure.FoundationalRequirements),
        ["minLevel"] = countermeasure.MinLevel,
        ["question"] = Text(countermeasure.Question),
    }, countermeasure);

    private static JsonObject Rule(ThreatRule rule) => Provenance(new JsonObject
    {
        ["id"] = rule.Id,
        ["threat"] = rule.Threat,
        ["subject"] = rule.Subject,
        ["when"] = rule.When.Text,
        ["at"] = rule.At.Text,
        ["exposure"] = rule.Exposure,
        ["description"] = Text(rule.Description),
    }, rule);

    private static JsonObject ZoneTemplate(ZoneTemplate template) => Provenance(new JsonObject
    {
        ["id"] = template.Id,
        ["title"] = Text(template.Title),
        ["description"] = Text(template.Description),
        ["typicalImportance"] = template.TypicalImportance,
        ["typicalConduits"] = Array(template.TypicalConduits, c => new JsonObject { ["to"] = c.To, ["note"] = OptionalText(c.Note) }),
        ["example"] = template.Example,
        ["diagramRow"] = template.DiagramRow,
    }, template);

    private static JsonObject Requirement(Requirement requirement) => Provenance(new JsonObject
    {
        ["id"] = requirement.Id,
        ["kind"] = requirement.Kind,
        ["issuer"] = requirement.Issuer,
        ["title"] = Text(requirement.Title),
        ["description"] = Text(requirement.Description),
        ["obligations"] = Array(requirement.Obligations, Text),
        ["dates"] = Array(requirement.Dates, d => new JsonObject
        {
            ["date"] = d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["event"] = Text(d.Event),
        }),
        ["steps"] = Strings(requirement.Steps),
        ["industries"] = Strings(requirement.Industries),
    }, requirement);

    private static JsonObject Ooda(OodaEntry entry) => Provenance(new JsonObject
    {
        ["stage"] = entry.Stage,
        ["phase"] = entry.Phase,
        ["department"] = Text(entry.Department.Text),
        ["departmentRole"] = entry.Department.Role,
        ["decisionMakers"] = Array(entry.DecisionMakers, d => Text(d.Text)),
        ["decisionMakerRoles"] = Strings(entry.DecisionMakers.Select(d => d.Role)),
        ["actions"] = Array(entry.Actions, Text),
        ["movedBy"] = Strings(entry.MovedBy),
    }, entry);

    private static JsonObject SupplyChain(SupplyChainItem item) => Provenance(new JsonObject
    {
        ["id"] = item.Id,
        ["category"] = item.Category,
        ["phase"] = item.Phase,
        ["text"] = Text(item.Text),
        ["when"] = item.When is { } when ? new JsonObject
        {
            ["minTargetLevel"] = when.MinTargetLevel,
            ["requirement"] = when.Requirement,
            ["industries"] = when.Industries.Count == 0 ? null : Strings(when.Industries),
        } : null,
        ["organisation"] = item.FromOverlay ? true : null,
    }, item);

    private static JsonObject FindingRule(FindingRule rule) => Provenance(new JsonObject
    {
        ["id"] = rule.Id,
        ["subject"] = rule.Subject,
        ["when"] = rule.When.Text,
        ["severity"] = rule.Severity,
        ["message"] = Text(rule.Message),
        ["reference"] = rule.Reference,
    }, rule);

    private static JsonObject GlossaryEntry(GlossaryEntry entry) => Provenance(new JsonObject
    {
        ["id"] = entry.Id,
        ["term"] = Text(entry.Term),
        ["reading"] = entry.Reading,
        ["termConfidence"] = entry.TermConfidence == Confidence.Seed ? "seed" : "derived",
        ["definition"] = Text(entry.Definition),
        ["rejects"] = new JsonObject { ["ja"] = Strings(entry.RejectsJa), ["en"] = Strings(entry.RejectsEn) },
    }, entry);

    private static JsonObject Checklist(ChecklistItem item) => new()
    {
        ["id"] = item.Id,
        ["step"] = item.Step,
        ["group"] = item.Group,
        ["subjectKind"] = item.SubjectKind,
        ["subject"] = item.Subject,
        ["question"] = Text(item.Question),
        ["questionProvenance"] = TextProvenance(new TextMark(item.Source, item.Confidence)),
        ["source"] = item.Source,
        ["confidence"] = Mark(item.Confidence),
    };
}
