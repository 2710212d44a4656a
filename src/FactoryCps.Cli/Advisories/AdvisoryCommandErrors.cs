using FactoryCps.Cli.Resources;
using FactoryCps.Web.Data;

namespace FactoryCps.Cli.Advisories;

/// <summary>An unreachable or broken database is the operator's input, as for fcps db: a message and exit 2.</summary>
internal static class AdvisoryCommandErrors
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
