using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FactoryCps.Web.Data;

/// <summary>
/// A number that grows with every write this server makes to the database: a cache of something read from the
/// database (the rendered dashboard) keeps an entry only while the number it was made under is still current.
/// Counted by <see cref="DataWritesInterceptor"/> on every context, so no write path can forget it.
/// </summary>
internal sealed class DataWrites
{
    private long _version;

    /// <summary>Read before reading what is to be cached: a write that lands meanwhile makes the entry old at once.</summary>
    public long Version => Interlocked.Read(ref _version);

    public void Count() => Interlocked.Increment(ref _version);

    /// <summary>
    /// The leading SQL comment of a write that changes nothing a cached page shows: a session's last-use time,
    /// written once a minute per signed-in browser, would otherwise throw the rendered dashboards away each time.
    /// (EF Core leaves <c>TagWith</c> out of ExecuteUpdate, so such a write is plain SQL starting with this.)
    /// </summary>
    public const string NotShownTag = "fcps: changes nothing shown";
}

/// <summary>
/// Counts a write when a statement other than a query has run, and again when a transaction ends: a reader that
/// saw the first count but not yet the committed data makes an entry that the commit's count makes old.
/// </summary>
internal sealed class DataWritesInterceptor(DataWrites writes) : DbCommandInterceptor, IDbTransactionInterceptor
{
    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Observe(command);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Observe(command);
        return ValueTask.FromResult(result);
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Observe(command);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Observe(command);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Observe(command);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Observe(command);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => writes.Count();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        writes.Count();
        return Task.CompletedTask;
    }

    /// <summary>Anything but a plain query counts (INSERT, UPDATE, DELETE, PRAGMA, DDL): counting too often only costs a re-render.</summary>
    private void Observe(DbCommand command)
    {
        if (!IsQuery(command.CommandText))
        {
            writes.Count();
        }
    }

    internal static bool IsQuery(string sql) =>
        sql.AsSpan().TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)
        || sql.AsSpan().TrimStart().StartsWith("-- " + DataWrites.NotShownTag, StringComparison.Ordinal);
}
