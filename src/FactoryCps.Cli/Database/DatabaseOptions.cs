using System.CommandLine;
using FactoryCps.Cli.Resources;

namespace FactoryCps.Cli.Database;

/// <summary>
/// Which database: --database (or FCPS_DATABASE) for PostgreSQL or another SQLite file, else the SQLite file
/// in --data (default ./data). Shared by fcps db and, later, fcps serve.
/// </summary>
internal sealed class DatabaseOptions
{
    private DatabaseOptions(CliContext context)
    {
        Data = new Option<string>("--data") { Description = context.Text(nameof(CliText.OptionData)), HelpName = "DIR", DefaultValueFactory = _ => "data" };
        Connection = new Option<string>("--database") { Description = context.Text(nameof(CliText.OptionDatabase)), HelpName = "CONNSTRING" };
        Language = Common.CommonOptions.Language(context);
    }

    public Option<string> Language { get; }

    public Option<string> Data { get; }

    public Option<string> Connection { get; }

    public static DatabaseOptions Create(CliContext context) => new(context);

    public void AddTo(Command command)
    {
        command.Options.Add(Data);
        command.Options.Add(Connection);
        command.Options.Add(Language);
    }

    public string ConnectionString(ParseResult parsed, CliContext context)
    {
        if (parsed.GetValue(Connection) is { Length: > 0 } explicitConnection)
        {
            return explicitConnection;
        }

        if (context.Environment.GetVariable("FCPS_DATABASE") is { Length: > 0 } fromEnvironment)
        {
            return fromEnvironment;
        }

        var directory = Path.GetFullPath(parsed.GetRequiredValue(Data));
        Web.Data.PrivateFiles.CreateFolder(directory); // 700, as `fcps serve` makes it: it holds password hashes
        return Web.Data.Database.SqliteIn(directory);
    }
}
