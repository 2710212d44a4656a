using FactoryCps.Cli.Resources;
using FactoryCps.Web.Data;

namespace FactoryCps.Cli.Database;

/// <summary>
/// Operator errors with the database (a bad backup file, an unreachable or broken server) are input errors
/// for every command that uses it (fcps db, fcps advisories): a message and exit 2.
/// </summary>
internal static class DatabaseErrors
{
    public static async Task<int> RunAsync(CliContext context, Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (DatabaseMaintenanceException ex)
        {
            context.Environment.Error.WriteLine(context.Text(ex.Key, ex.Args));
            return ExitCodes.InvalidInput;
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
        {
            context.Environment.Error.WriteLine(context.Text(nameof(CliText.DbError), ex.Message));
            return ExitCodes.InvalidInput;
        }
    }
}
