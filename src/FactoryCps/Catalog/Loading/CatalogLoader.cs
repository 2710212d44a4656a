using FactoryCps.Diagnostics;
using FactoryCps.Rules;
using FactoryCps.Yaml;

namespace FactoryCps.Catalog.Loading;

internal sealed record CatalogLoadResult(GuidelineCatalog? Catalog, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Catalog is not null;
}

/// <summary>
/// Loads the built-in catalogue (YAML embedded in this assembly) and an organisation's overlay files,
/// and validates the result as a whole. An overlay with any error yields no catalogue: nothing half-applied.
/// </summary>
internal static class CatalogLoader
{
    private const string ResourcePrefix = "FactoryCps.Catalog.Data.";

    private static readonly Lazy<CatalogLoadResult> BuiltIn = new(() => Load([]));

    /// <summary>The built-in catalogue; loaded once, it is immutable and safe to share.</summary>
    public static GuidelineCatalog Default => BuiltIn.Value.Catalog
        ?? throw new InvalidOperationException("The built-in catalogue is invalid: " + string.Join(Environment.NewLine, BuiltIn.Value.Diagnostics.Select(d => d.Render(Localization.Language.En))));

    public static CatalogLoadResult Load(IEnumerable<string> overlayFiles)
    {
        var sources = BuiltInFiles().ToList();
        var overlays = overlayFiles.Select(path => SafeYamlParser.ReadFile(path, path, YamlLimits.Default)).ToList();
        return Load(sources, overlays);
    }

    /// <summary>Loads the built-in files plus overlays given as text (used by the web app and tests).</summary>
    public static CatalogLoadResult LoadWithOverlayText(string displayName, string overlayYaml) =>
        Load([.. BuiltInFiles()], [SafeYamlParser.Read(overlayYaml, displayName, YamlLimits.Default)]);

    private static CatalogLoadResult Load(List<YamlReadResult> builtIn, List<YamlReadResult> overlays)
    {
        var diagnostics = new DiagnosticBag();
        var merged = new CatalogContent();
        var reader = new CatalogFileReader(diagnostics, ElementSchema.FactoryModel);
        foreach (var (file, overlay) in builtIn.Select(f => (f, false)).Concat(overlays.Select(f => (f, true))))
        {
            diagnostics.AddRange(file.Diagnostics);
            if (file.Root is not null)
            {
                var content = reader.Read(file.Root);
                if (overlay)
                {
                    content.MarkAsOverlay();
                }

                merged.Merge(content, diagnostics);
            }
        }

        new CatalogValidator(merged, diagnostics).Validate();
        return diagnostics.HasErrors
            ? new CatalogLoadResult(null, diagnostics.Items)
            : new CatalogLoadResult(new GuidelineCatalog(merged), diagnostics.Items);
    }

    private static IEnumerable<YamlReadResult> BuiltInFiles()
    {
        var assembly = typeof(CatalogLoader).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            yield return SafeYamlParser.Read(stream, "builtin:" + name[ResourcePrefix.Length..], YamlLimits.Default);
        }
    }
}
