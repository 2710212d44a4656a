using System.CommandLine;
using FactoryCps.Cli.Common;
using FactoryCps.Cli.Resources;
using FactoryCps.Matching;
using FactoryCps.Sboms;

namespace FactoryCps.Cli.Advisories;

/// <summary>
/// <c>fcps advisories match MODEL [--advisories DIR]</c>: which advisories apply to which assets and SBOM components,
/// each match explained, uncertain ones marked for review. Exit 0 whether or not anything matched; 2 when the
/// model, an SBOM or an advisory cannot be read.
/// </summary>
internal static class MatchCommand
{
    /// <summary>Where advisories are looked for when --advisories is not given: this folder beside the model file.</summary>
    public const string DefaultFolder = "advisories";

    public static Command Create(CliContext context)
    {
        var input = ModelInput.Create(context);
        var format = CommonOptions.Format(context, "text", "json");
        var folder = new Option<string>("--advisories")
        {
            Description = context.Text(nameof(CliText.AdvisoriesFolderOption)),
            HelpName = "DIR",
        };
        var showSuppressed = new Option<bool>("--suppressed") { Description = context.Text(nameof(CliText.AdvisoriesSuppressedOption)) };
        var command = new Command("match", context.Text(nameof(CliText.AdvisoriesMatchDescription)));
        input.AddTo(command, withDate: false);
        command.Options.Add(folder);
        command.Options.Add(format);
        command.Options.Add(showSuppressed);
        command.SetAction(parsed =>
        {
            var json = parsed.GetRequiredValue(format) == "json";
            if (input.Load(parsed, context, showWarnings: !json) is not { Model: var model })
            {
                return ExitCodes.InvalidInput;
            }

            var modelDirectory = Path.GetDirectoryName(Path.GetFullPath(parsed.GetRequiredValue(input.Model))) ?? ".";
            var directory = parsed.GetValue(folder) ?? Path.Combine(modelDirectory, DefaultFolder);
            if (ReadIndex(context, directory) is not var (index, content))
            {
                return ExitCodes.InvalidInput;
            }

            IReadOnlyList<MatchAsset> assets;
            try
            {
                assets = MatchAssets.FromModel(model, modelDirectory);
            }
            catch (SbomReadException ex)
            {
                context.Environment.Error.WriteLine(context.Text(nameof(CliText.SbomInvalid), ex.Render(context.Language)));
                return ExitCodes.InvalidInput;
            }

            var result = AdvisoryMatcher.Match(index, assets);
            var summary = new MatchSummary(directory, index.Advisories.Count, content.NotCsaf, model.Assets.Count, assets.Count);
            if (json)
            {
                StructuredOutput.Write(context.Environment.Out, MatchJson.Write(result, summary, context.Language, parsed.GetValue(showSuppressed)), "json", omitNulls: false);
            }
            else
            {
                MatchText.Write(Tables.Console(context.Environment), context, result, summary, parsed.GetValue(showSuppressed));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Reads and indexes the folder, or says why it cannot (missing folder, unreadable files) and returns null.</summary>
    private static (AdvisoryIndex, AdvisoryFolderContent)? ReadIndex(CliContext context, string directory)
    {
        if (!Directory.Exists(directory))
        {
            context.Environment.Error.WriteLine(context.Text(nameof(CliText.AdvisoriesFolderMissing), directory));
            return null;
        }

        var content = AdvisoryFolder.Read(directory);
        foreach (var error in content.Errors)
        {
            context.Environment.Error.WriteLine(context.Text(nameof(CliText.AdvisoriesFileInvalid), error.File, error.Path, error.Reason.Render(context.Language)));
        }

        return content.Errors.Count > 0 ? null : (AdvisoryIndex.Build(content.Documents), content);
    }
}

/// <summary>What was matched against what, for the summary line and the JSON header.</summary>
internal sealed record MatchSummary(string Folder, int Advisories, int NotCsaf, int Assets, int IdentifiedAssets);
