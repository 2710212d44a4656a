using System.CommandLine;
using FactoryCps.Cli.Resources;

namespace FactoryCps.Cli.Serve;

/// <summary><c>fcps serve</c>: the web application, on loopback by default, with the SQLite file in ./data; settings as <c>--Fcps:Name=value</c>.</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var urls = new Option<string>("--urls") { Description = context.Text(nameof(CliText.OptionUrls)), HelpName = "URLS", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var data = new Option<string>("--data") { Description = context.Text(nameof(CliText.OptionData)), HelpName = "DIR", DefaultValueFactory = _ => "data" };
        var database = new Option<string>("--database") { Description = context.Text(nameof(CliText.OptionDatabase)), HelpName = "CONNSTRING" };
        var demo = new Option<bool>("--demo") { Description = context.Text(nameof(CliText.OptionDemo)) };
        var command = new Command("serve", context.Text(nameof(CliText.ServeDescription))) { urls, data, database, demo };
        command.TreatUnmatchedTokensAsErrors = false; // the web application's settings, checked below
        command.SetAction(async (parsed, _) =>
        {
            if (!ServeSettings.TryRead(parsed.UnmatchedTokens, out var settings, out var problem))
            {
                var (token, missingValue) = problem!.Value;
                context.Environment.Error.WriteLine(context.Text(missingValue ? nameof(CliText.ServeSettingWithoutValue) : nameof(CliText.ServeUnknownOption), token));
                context.Environment.Error.WriteLine(context.Text(nameof(CliText.SeeHelp)));
                return ExitCodes.InvalidInput;
            }

            // The web application reads its settings from configuration; the flags become command-line keys.
            var arguments = new List<string>
            {
                "--urls", parsed.GetRequiredValue(urls),
                "--Fcps:Data", Path.GetFullPath(parsed.GetRequiredValue(data)),
                "--Fcps:Demo", parsed.GetValue(demo) ? "true" : "false",
            };
            var connection = parsed.GetValue(database) is { Length: > 0 } given ? given : context.Environment.GetVariable("FCPS_DATABASE");
            if (connection is { Length: > 0 })
            {
                arguments.AddRange(["--Fcps:Database", connection]);
            }

            arguments.AddRange(settings); // after the flags: a setting given both ways takes its --Fcps: value

            return await Web.Program.Main([.. arguments]);
        });
        return command;
    }
}
