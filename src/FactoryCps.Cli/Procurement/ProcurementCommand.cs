using System.CommandLine;
using System.Reflection;
using FactoryCps.Analysis;
using FactoryCps.Cli.Common;
using FactoryCps.Cli.Resources;
using FactoryCps.Procurement;

namespace FactoryCps.Cli.Procurement;

/// <summary>
/// <c>fcps procurement MODEL --item ID --out FILE</c>: the procurement specification for one asset or external,
/// rendered in memory and written through a temporary file, so a failure leaves no half-written document.
/// </summary>
internal static class ProcurementCommand
{
    public static Command Create(CliContext context)
    {
        var input = ModelInput.Create(context);
        var item = new Option<string>("--item") { Description = context.Text(nameof(CliText.OptionItem)), HelpName = "ID", Required = true };
        var output = new Option<string>("--out") { Description = context.Text(nameof(CliText.OptionProcurementOut)), HelpName = "FILE", Required = true };
        var format = new Option<string>("--format") { Description = context.Text(nameof(CliText.OptionProcurementFormat)), HelpName = string.Join('|', SpecificationFormats.All) };
        format.AcceptOnlyFromAmong([.. SpecificationFormats.All]);

        var command = new Command("procurement", context.Text(nameof(CliText.ProcurementDescription)));
        input.AddTo(command, withDate: true);
        command.Options.Add(item);
        command.Options.Add(output);
        command.Options.Add(format);
        command.SetAction(parsed =>
        {
            var path = parsed.GetRequiredValue(output);
            if ((parsed.GetValue(format) ?? SpecificationFormats.FromPath(path)) is not { } chosen)
            {
                context.Environment.Error.WriteLine(context.Text(nameof(CliText.ProcurementFormatUnknown), path, string.Join('|', SpecificationFormats.All)));
                return ExitCodes.InvalidInput;
            }

            if (input.Load(parsed, context) is not { } loaded)
            {
                return ExitCodes.InvalidInput;
            }

            var id = parsed.GetRequiredValue(item);
            if (ProcurementItem.Find(loaded.Model, id) is not { } found)
            {
                context.Environment.Error.WriteLine(ProcurementSpecification.UnknownItem(loaded.Model, parsed.GetRequiredValue(input.Model), id, context.Language));
                return ExitCodes.InvalidInput;
            }

            var analysis = ModelAnalyzer.Analyze(loaded, input.DateOf(parsed, context));
            var document = ProcurementSpecification.Build(loaded.Catalog, analysis, found, context.Language, Version());
            WriteAtomically(path, SpecificationFormats.Render(document, chosen));
            context.Environment.Out.WriteLine(path);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteAtomically(string path, byte[] bytes)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static string Version() =>
        typeof(ProcurementCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0";
}
