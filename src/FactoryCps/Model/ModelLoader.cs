using FactoryCps.Catalog;
using FactoryCps.Diagnostics;
using FactoryCps.Importance;
using FactoryCps.Model.Reading;
using FactoryCps.Yaml;

namespace FactoryCps.Model;

public sealed record ModelLoadResult(FactoryModel? Model, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Model is not null;
}

/// <summary>
/// Reads and validates a factory model: syntax and limits, structure, references, and the derivation rules
/// that make a model invalid (an importance lowered without a reason). Every error of the file is reported;
/// a model with any error is not returned, so nothing is built on half a model.
/// </summary>
public static class ModelLoader
{
    public static ModelLoadResult LoadFile(string path, GuidelineCatalog catalog, YamlLimits? limits = null) =>
        Load(SafeYamlParser.ReadFile(path, path, limits ?? YamlLimits.Default), catalog);

    public static ModelLoadResult LoadText(string text, string displayName, GuidelineCatalog catalog, YamlLimits? limits = null) =>
        Load(SafeYamlParser.Read(text, displayName, limits ?? YamlLimits.Default), catalog);

    /// <summary>A tree read already (the web's stored rows): the same checks as a file's.</summary>
    internal static ModelLoadResult Load(YamlReadResult yaml, GuidelineCatalog catalog)
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(yaml.Diagnostics);
        if (yaml.Root is null)
        {
            return new ModelLoadResult(null, diagnostics.Items);
        }

        var model = new ModelReader(diagnostics, catalog).Read(yaml.Root);
        if (model is not null)
        {
            new ModelValidator(catalog, diagnostics).Validate(model);
        }

        if (model is not null)
        {
            // Derivation errors (no importance at all, a value lowered without a reason) make the model
            // invalid too, and are reported alongside any other error: one run shows them all.
            var importance = new ImportanceDeriver(catalog, diagnostics).Derive(model);
            if (model.Zones.Any(z => z.TargetLevel is not null))
            {
                // Only an explicit target level can be lowered without a reason; without one, the graph the
                // level check needs is not worth building here (the analysis builds its own).
                new TargetLevelDeriver(catalog, diagnostics).Derive(Analysis.ModelGraph.Build(model, importance), new Rules.RuleContext(DateOnly.MinValue));
            }
        }

        return diagnostics.HasErrors ? new ModelLoadResult(null, diagnostics.Items) : new ModelLoadResult(model, diagnostics.Items);
    }
}
