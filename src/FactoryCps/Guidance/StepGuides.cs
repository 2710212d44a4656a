using FactoryCps.Diagnostics;
using FactoryCps.Guideline;
using FactoryCps.Localization;
using FactoryCps.Yaml;

namespace FactoryCps.Guidance;

/// <summary>
/// The built-in step guidance, read once from the embedded Data/step-guidance.yaml. The file is ours and ships
/// with the program, so a mistake in it is a defect: reading throws, and a test reads it.
/// </summary>
internal static class StepGuides
{
    /// <summary>The one condition an emphasis may name: the model uses external services or networks.</summary>
    public const string WhenExternalServices = "external-services";

    private const string ResourceName = "FactoryCps.Guidance.Data.step-guidance.yaml";

    private static readonly Lazy<IReadOnlyDictionary<string, StepGuide>> BuiltIn = new(Load);

    /// <summary>The guide of each step by step id (1-1 … 3).</summary>
    public static IReadOnlyDictionary<string, StepGuide> ByStep => BuiltIn.Value;

    private static Dictionary<string, StepGuide> Load()
    {
        using var stream = typeof(StepGuides).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The step guidance is not embedded.");
        var file = SafeYamlParser.Read(stream, "builtin:step-guidance.yaml", YamlLimits.Default);
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(file.Diagnostics);
        var guides = Read(file.Root, diagnostics);
        return diagnostics.HasErrors
            ? throw new InvalidOperationException("The step guidance is invalid: " + string.Join(Environment.NewLine, diagnostics.Items.Select(d => d.Render(Language.En))))
            : guides;
    }

    private static Dictionary<string, StepGuide> Read(YNode? root, DiagnosticBag diagnostics)
    {
        var guides = new Dictionary<string, StepGuide>(StringComparer.Ordinal);
        if (MapReader.Of(root, "", diagnostics) is not { } file)
        {
            return guides;
        }

        file.OnlyKeys("guidance", "confidence", "steps", "emphases");
        file.Int("guidance", 1, 1, required: true);
        var confidence = file.Enum("confidence", ["derived"], required: true);
        var emphases = new Dictionary<string, StepEmphasis>(StringComparer.Ordinal);
        foreach (var item in file.MappingItems("emphases", required: true))
        {
            item.OnlyKeys("id", "source", "confidence", "when", "text");
            var id = item.Id();
            var source = item.String("source", required: true);
            var mark = item.Enum("confidence", ["seed", "derived"], required: true);
            var when = item.Enum("when", [WhenExternalServices]);
            var text = item.Text("text", required: true);
            if (id is not null && source is not null && mark is not null && text is not null)
            {
                emphases[id] = new StepEmphasis(id, text, new TextMark(source, mark == "seed" ? Confidence.Seed : Confidence.Derived), when);
            }
        }

        foreach (var item in file.MappingItems("steps", required: true))
        {
            item.OnlyKeys("step", "sections", "help", "emphases");
            var step = item.String("step", required: true);
            var help = item.Text("help", required: true);
            var applied = new List<StepEmphasis>();
            foreach (var id in item.StringList("emphases"))
            {
                if (emphases.TryGetValue(id, out var emphasis))
                {
                    applied.Add(emphasis);
                }
                else
                {
                    diagnostics.Error(item.LocationOf("emphases"), item.PathOf("emphases"), "CatalogUnknownReference", id, "emphases");
                }
            }

            if (step is not null && help is not null && confidence is not null)
            {
                guides[step] = new StepGuide(step, item.StringList("sections", required: true), help, applied);
            }
        }

        return guides;
    }
}
