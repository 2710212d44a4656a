using System.CommandLine;
using FactoryCps.Cli.Resources;

namespace FactoryCps.Cli.Serve;

/// <summary><c>fcps serve</c>: the web application, on loopback by default, with the SQLite file in ./data.</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var urls = new Option<string>("--urls") { Description = context.Text(nameof(CliText.OptionUrls)), HelpName = "URLS", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var data = new Option<string>("--data") { Description = context.Text(nameof(CliText.OptionData)), HelpName = "DIR", DefaultValueFactory = _ => "data" };
        var database = new Option<string>("--database") { Description = context.Text(nameof(CliText.OptionDatabase)), HelpName = "CONNSTRING" };
        var demo = new Option<bool>("--demo") { Description = context.Text(nameof(CliText.OptionDemo)) };
        var command = new Command("serve", context.Text(nameof(CliText.ServeDescription))) { urls, data, database, demo };
        command.SetAction(async (parsed, _) =>
        {
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

            return await Web.Program.Main([.. arguments]);
        });
        return command;
    }
}
