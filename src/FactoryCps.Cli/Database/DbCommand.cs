using System.CommandLine;
using FactoryCps.Cli.Resources;
using FactoryCps.Web.Data;

namespace FactoryCps.Cli.Database;

/// <summary><c>fcps db migrate|backup|restore</c>: the operator's database tasks.</summary>
internal static class DbCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("db", context.Text(nameof(CliText.DbDescription)));
        command.Subcommands.Add(Migrate(context));
        command.Subcommands.Add(Backup(context));
        command.Subcommands.Add(Restore(context));
        return command;
    }

    private static Command Migrate(CliContext context)
    {
        var database = DatabaseOptions.Create(context);
        var command = new Command("migrate", context.Text(nameof(CliText.DbMigrateDescription)));
        database.AddTo(command);
        command.SetAction((parsed, cancellationToken) => Run(context, async () =>
        {
            var report = await Maintenance(database, parsed, context).MigrateAsync(cancellationToken);
            if (report.Backup is not null)
            {
                context.Environment.Out.WriteLine(context.Text(nameof(CliText.DbBackupWritten), report.Backup));
            }

            context.Environment.Out.WriteLine(report.Applied.Count == 0
                ? context.Text(nameof(CliText.DbUpToDate))
                : context.Text(nameof(CliText.DbMigrated), report.Applied.Count, string.Join(", ", report.Applied)));
        }));
        return command;
    }

    private static Command Backup(CliContext context)
    {
        var database = DatabaseOptions.Create(context);
        var output = new Option<string>("--out") { Description = context.Text(nameof(CliText.OptionBackupOut)), HelpName = "FILE", Required = true };
        var command = new Command("backup", context.Text(nameof(CliText.DbBackupDescription)));
        database.AddTo(command);
        command.Options.Add(output);
        command.SetAction((parsed, cancellationToken) => Run(context, async () =>
        {
            var written = await Maintenance(database, parsed, context).BackupAsync(parsed.GetRequiredValue(output), cancellationToken);
            context.Environment.Out.WriteLine(context.Text(nameof(CliText.DbBackupWritten), written));
        }));
        return command;
    }

    private static Command Restore(CliContext context)
    {
        var database = DatabaseOptions.Create(context);
        var from = new Option<string>("--from") { Description = context.Text(nameof(CliText.OptionRestoreFrom)), HelpName = "FILE", Required = true };
        var command = new Command("restore", context.Text(nameof(CliText.DbRestoreDescription)));
        database.AddTo(command);
        command.Options.Add(from);
        command.SetAction((parsed, cancellationToken) => Run(context, async () =>
        {
            var previous = await Maintenance(database, parsed, context).RestoreAsync(parsed.GetRequiredValue(from), cancellationToken);
            context.Environment.Out.WriteLine(context.Text(nameof(CliText.DbRestored), parsed.GetRequiredValue(from), previous ?? "-"));
        }));
        return command;
    }

    private static DatabaseMaintenance Maintenance(DatabaseOptions database, ParseResult parsed, CliContext context) =>
        new(database.ConnectionString(parsed, context), context.Environment.Time);

    private static Task<int> Run(CliContext context, Func<Task> action) =>
        DatabaseErrors.RunAsync(context, async () =>
        {
            await action();
            return ExitCodes.Success;
        });
}
