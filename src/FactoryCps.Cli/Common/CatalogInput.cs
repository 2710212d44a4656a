using FactoryCps.Catalog;
using FactoryCps.Catalog.Loading;
using FactoryCps.Cli.Resources;

namespace FactoryCps.Cli.Common;

/// <summary>
/// The catalogue every command works against: here rather than in the catalog command, which like every
/// command builds on Common (Common depending on a command made the two folders a cycle).
/// </summary>
internal static class CatalogInput
{
    /// <summary>The built-in catalogue, or built-in plus overlays; null (after reporting why) when an overlay is bad.</summary>
    public static GuidelineCatalog? Load(CliContext context, IReadOnlyCollection<string> overlays)
    {
        if (overlays.Count == 0)
        {
            return CatalogLoader.Default;
        }

        var result = CatalogLoader.Load(overlays);
        var errors = DiagnosticsOutput.Write(context, result.Diagnostics);
        if (errors || result.Catalog is null)
        {
            context.Environment.Error.WriteLine(context.Text(nameof(CliText.CatalogInvalid)));
            return null;
        }

        return result.Catalog;
    }
}
