using FactoryCps.Analysis;
using FactoryCps.Catalog;
using FactoryCps.Localization;
using FactoryCps.Model;

namespace FactoryCps.Guidance;

/// <summary>What the step rules read, looked up once: the model, its names, and which objects refer to which.</summary>
internal sealed class StepFacts
{
    public StepFacts(GuidelineCatalog catalog, FactoryModel model, LoadedModel? loaded, AnalysisResult? analysis, Language language)
    {
        Catalog = catalog;
        Model = model;
        Loaded = loaded;
        Analysis = analysis;
        Language = language;
        Names = loaded?.Names ?? new ModelNames(model);
        SupportedOperations = model.Assets.SelectMany(a => a.Operations).ToHashSet(StringComparer.Ordinal);
        ZonesWithAssets = model.Assets.Where(a => a.Zone is not null).Select(a => a.Zone!).ToHashSet(StringComparer.Ordinal);
        ConnectedEnds = model.Conduits.SelectMany(c => new[] { c.From, c.To }).ToHashSet(StringComparer.Ordinal);
        UsesExternalServices = model.Externals.Count > 0 || model.Assets.Any(a => Asset.ZonelessKinds.Contains(a.Kind) && a.Kind != "data");
    }

    public GuidelineCatalog Catalog { get; }

    public FactoryModel Model { get; }

    public LoadedModel? Loaded { get; }

    public AnalysisResult? Analysis { get; }

    public Language Language { get; }

    public ModelNames Names { get; }

    /// <summary>Operations some asset supports.</summary>
    public HashSet<string> SupportedOperations { get; }

    /// <summary>Zones some asset is in.</summary>
    public HashSet<string> ZonesWithAssets { get; }

    /// <summary>Zones and externals at an end of some conduit.</summary>
    public HashSet<string> ConnectedEnds { get; }

    /// <summary>The model uses external services or networks: externals, or cloud services and SaaS among its assets.</summary>
    public bool UsesExternalServices { get; }
}
