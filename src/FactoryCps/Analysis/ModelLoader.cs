using FactoryCps.Catalog;
using FactoryCps.Diagnostics;
using FactoryCps.Model;
using FactoryCps.Model.Reading;
using FactoryCps.Yaml;

namespace FactoryCps.Analysis;

internal sealed record ModelLoadResult(LoadedModel? Loaded, IReadOnlyList<Diagnostic> Diagnostics)
{
    public FactoryModel? Model => Loaded?.Model;

    public bool Succeeded => Loaded is not null;
}

/// <summary>
/// Reads and validates a factory model: syntax and limits, structure, references, and the derivation rules
/// that make a model invalid (an importance lowered without a reason). Every error of the file is reported;
/// a model with any error is not returned, so nothing is built on half a model.
/// </summary>
internal static class ModelLoader
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

        var model = new ModelReader(diagnostics, catalog.ImportanceScale, catalog.LevelMapping).Read(yaml.Root);

        // A file that is mostly mistakes (a hundred thousand unknown fields) is not checked further: its model is
        // invalid already, and references and derivations over it would cost a plant's work for errors not listed.
        return model is null || diagnostics.IsFull ? new ModelLoadResult(null, diagnostics.Items) : Check(model, catalog, diagnostics);
    }

    /// <summary>A model built in code (a site that has none yet): the same checks and derivation as a file's.</summary>
    public static ModelLoadResult Load(FactoryModel model, GuidelineCatalog catalog) => Check(model, catalog, new DiagnosticBag());

    private static ModelLoadResult Check(FactoryModel model, GuidelineCatalog catalog, DiagnosticBag diagnostics)
    {
        new ModelValidator(catalog.ZoneTemplates, catalog.Countermeasures, diagnostics).Validate(model);

        // Derivation errors (no importance at all, a value lowered without a reason) make the model invalid
        // too, and are reported alongside any other error: one run shows them all. What is derived here is
        // what every analysis of the model builds on.
        var loaded = LoadedModel.Derive(model, catalog, diagnostics);
        return diagnostics.HasErrors ? new ModelLoadResult(null, diagnostics.Items) : new ModelLoadResult(loaded, diagnostics.Items);
    }
}
