using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.Json;
using System.Text.RegularExpressions;
using FactoryCps.Analysis;
using FactoryCps.Catalog.Loading;
using FactoryCps.Model;
using FactoryCps.Rules;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Resources;
using FactoryCps.Web.Startup;

namespace FactoryCps.Tests.Web;

/// <summary>
/// Every identifier of the model vocabulary a page might show where a word belongs (issue 15), gathered from
/// data rather than written out: the enumerations of the model's JSON Schema, the catalogue's zone templates,
/// threat and countermeasure ids, the rule language's subjects (finding targets), the ids the resources give
/// words for (site roles, OODA phases and stages, audit actions, statuses, severities, supplier codes) and every
/// object id of the demo model. A new enumeration value or demo object is checked without editing a list.
/// </summary>
internal static partial class ModelVocabulary
{
    private static readonly string[] WebPrefixes =
    [
        "AuditAction", "SiteRole", "CasePhase", "CaseStage", "CaseSeverity", "CaseResolution", "SupplierKind",
        "SupplyPhase", "SupplyCategory", "QuestionnaireStatus", "SupplierActionStatus",
    ];

    private static readonly string[] ReportPrefixes = ["Status", "Severity"];

    public static IReadOnlySet<string> Ids { get; } = Gather();

    /// <summary>
    /// The identifiers in a text, each once, with a few characters around the first place it stands. In English
    /// only the ids that cannot be words of the sentence count (<c>plant-eng</c>, <c>sf-02</c>, <c>dataFlow</c>):
    /// "partial" or "asset" is the English word as well as the id.
    /// </summary>
    public static IEnumerable<string> FoundIn(string text, bool english = false)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in Token().Matches(text))
        {
            if (Ids.Contains(match.Value) && (!english || !IsPlainWord(match.Value)) && seen.Add(match.Value))
            {
                var from = Math.Max(0, match.Index - 20);
                var to = Math.Min(text.Length, match.Index + match.Length + 20);
                yield return $"'{match.Value}' in «{Regex.Replace(text[from..to], @"\s+", " ")}»";
            }
        }

        foreach (var path in FilePath().Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal))
        {
            yield return $"file '{path}'";
        }
    }

    /// <summary>An id that English writes as a word: plain lower-case letters, or a compound the catalogue's English titles use ("remote-maintenance paths").</summary>
    private static bool IsPlainWord(string id) => id.All(char.IsAsciiLetterLower) || EnglishWords.Contains(id);

    private static readonly HashSet<string> EnglishWords = [.. CatalogLoader.Default.Threats.Select(t => t.Title.En)
        .Concat(CatalogLoader.Default.Countermeasures.Select(c => c.Title.En))
        .Concat(CatalogLoader.Default.ZoneTemplates.Select(t => t.Title.En))
        .SelectMany(title => Token().Matches(title).Select(m => m.Value))];

    private static HashSet<string> Gather()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        AddSchemaEnums(ids);
        var catalog = CatalogLoader.Default;
        ids.UnionWith(catalog.ZoneTemplates.Select(t => t.Id));
        ids.UnionWith(catalog.Threats.Select(t => t.Id));
        ids.UnionWith(catalog.Countermeasures.Select(c => c.Id));
        ids.UnionWith(ElementSchema.SubjectKinds);
        ids.UnionWith(SiteRoles.Permissions.Keys);
        AddResourceIds(ids, WebText.ResourceManager, WebPrefixes);
        AddResourceIds(ids, FactoryCps.Resources.ReportText.ResourceManager, ReportPrefixes);
        AddDemoModelIds(ids);
        return ids;
    }

    private static void AddSchemaEnums(HashSet<string> ids)
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "schemas", "factory-model-1.schema.json")));
        Walk(schema.RootElement);

        void Walk(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        if (property.Name == "enum")
                        {
                            ids.UnionWith(property.Value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!));
                        }

                        Walk(property.Value);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        Walk(item);
                    }

                    break;
            }
        }
    }

    /// <summary>The ids a resource names a word for: <c>AuditAction_import_refused</c> is the word for <c>import-refused</c>.</summary>
    private static void AddResourceIds(HashSet<string> ids, ResourceManager resources, string[] prefixes)
    {
        var set = resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)!;
        foreach (DictionaryEntry entry in set)
        {
            var key = (string)entry.Key;
            var underscore = key.IndexOf('_', StringComparison.Ordinal);
            if (underscore > 0 && prefixes.Contains(key[..underscore], StringComparer.Ordinal))
            {
                var id = key[(underscore + 1)..];
                ids.Add(id.Replace('_', '-'));
                ids.Add(id);
            }
        }
    }

    private static void AddDemoModelIds(HashSet<string> ids)
    {
        var model = ModelLoader.LoadText(DemoSite.Text(), "demo.yaml", CatalogLoader.Default).Model
            ?? throw new InvalidOperationException("The demo model does not load.");
        IEnumerable<ModelElement> elements =
        [
            model.Site, .. model.Requirements, .. model.Objectives, .. model.Stakeholders, .. model.Operations, .. model.Assets, .. model.Zones,
            .. model.Externals, .. model.Conduits, .. model.DataFlows,
        ];
        ids.UnionWith(elements.Select(e => e.Id));
    }

    /// <summary>A run of id characters not inside a longer one, a path, an address or a file name (<c>a.b</c>).</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9_@./:-])[a-z0-9][A-Za-z0-9._-]*(?<![.])(?![A-Za-z0-9_@/-])")]
    private static partial Regex Token();

    /// <summary>A file of the product cited as the place to read (<c>docs/roles.md</c>): a person reads the words, not a path.</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9_/.-])(?:[A-Za-z0-9_-]+/)*[A-Za-z0-9_-]+\.(?:md|yaml|json)(?![A-Za-z0-9])")]
    private static partial Regex FilePath();
}
