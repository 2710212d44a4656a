using FactoryCps.Cli.Database;
using FactoryCps.Web.Data;

namespace FactoryCps.Cli.Advisories;

/// <summary>The database named by --data/--database, migrated first (as fcps users does), opened for advisory commands.</summary>
internal static class AdvisoryDatabase
{
    public static async Task<FcpsDbContext> OpenAsync(CliContext context, DatabaseOptions database, System.CommandLine.ParseResult parsed, CancellationToken cancellationToken)
    {
        var connection = database.ConnectionString(parsed, context);
        await new DatabaseMaintenance(connection, context.Environment.Time).MigrateAsync(cancellationToken);
        return Web.Data.Database.Open(connection);
    }
}
