using System.CommandLine;
using FactoryCps.Cli.Common;
using FactoryCps.Cli.Resources;
using FactoryCps.Model;
using FactoryCps.Sboms;

namespace FactoryCps.Cli.Sboms;

/// <summary>
/// <c>fcps sbom licenses MODEL</c>: the licence overview of a plant, from the SBOMs its model's assets name
/// (<c>sbom:</c>, relative to the model file). The web application's licence page shows the same overview.
/// </summary>
internal static class SbomLicensesCommand
{
    public static Command Create(CliContext context) =>
        ModelCommand.Create(context, "licenses", context.Text(nameof(CliText.SbomLicensesDescription)), withDate: false, run =>
        {
            if (Load(context, run.Loaded.Model, run.ModelPath) is not { } sboms)
            {
                return ExitCodes.InvalidInput;
            }

            var overview = SiteLicenses.Build(sboms.Select(s => (s.Asset, s.Sbom)));
            return run.Write(
                () => SbomJson.Licenses(run.ModelPath, sboms, overview),
                console => SbomText.Licenses(console, context, sboms, overview));
        });

    /// <summary>
    /// Every asset's SBOM, or null after writing, for each one that cannot be read, the asset, its <c>sbom:</c>
    /// value and why: all of them in one run, so that a plant fixes its model once.
    /// </summary>
    private static List<AssetSbom>? Load(CliContext context, FactoryModel model, string modelPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(modelPath))!;
        var sboms = new List<AssetSbom>();
        var failed = false;
        foreach (var asset in model.Assets.Where(a => !string.IsNullOrWhiteSpace(a.Sbom)))
        {
            var path = Path.Combine(folder, asset.Sbom!);
            try
            {
                sboms.Add(new AssetSbom(asset.Id, asset.Sbom!, SbomReader.Read(path)));
            }
            catch (SbomReadException ex)
            {
                context.Environment.Error.WriteLine(context.Text(nameof(CliText.SbomAssetInvalid), asset.Id, asset.Sbom, ex.Render(context.Language)));
                failed = true;
            }
        }

        return failed ? null : sboms;
    }
}

/// <summary>An asset's SBOM: the asset id, the path as the model writes it, and the SBOM read from it.</summary>
internal sealed record AssetSbom(string Asset, string File, Sbom Sbom);
