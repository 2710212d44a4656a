using System.Data.Common;
using System.Globalization;
using System.Text;
using FactoryCps.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace FactoryCps.Web.Sites;

/// <summary>
/// Writes the objects of a whole imported model on the context's connection and transaction, without the change
/// tracker: through it, the 18,000 rows of a 10,000-asset site cost an entry, a snapshot and a generated-key
/// read-back each, and nothing in the import reads them back. PostgreSQL gets multi-row INSERTs (one round trip per
/// few hundred rows); SQLite, in-process, one prepared single-row INSERT run per row (its lookup of a parameter by
/// name is linear, so a statement of thousands of parameters binds in quadratic time and was slower than EF Core).
/// Table and column names come from the EF Core model, so the mapping stays the one definition.
/// </summary>
internal static class ModelObjectRows
{
    /// <summary>Eight parameters a row: far below PostgreSQL's 65,535 per command.</summary>
    private const int RowsPerCommand = 400;

    public static async Task InsertAsync(FcpsDbContext db, IEnumerable<ModelObjectEntity> rows, CancellationToken cancellationToken)
    {
        var entity = db.Model.FindEntityType(typeof(ModelObjectEntity))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        string[] properties =
        [
            nameof(ModelObjectEntity.SiteId), nameof(ModelObjectEntity.Section), nameof(ModelObjectEntity.Key),
            nameof(ModelObjectEntity.Position), nameof(ModelObjectEntity.Body), nameof(ModelObjectEntity.Version),
            nameof(ModelObjectEntity.UpdatedAt), nameof(ModelObjectEntity.UpdatedBy),
        ];
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", properties.Select(p => sql.DelimitIdentifier(entity.FindProperty(p)!.GetColumnName(table)!)))}) VALUES ";
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var perCommand = db.Database.IsSqlite() ? 1 : RowsPerCommand;
        DbCommand? single = null;
        try
        {
            foreach (var chunk in rows.Chunk(perCommand))
            {
                if (single is null || chunk.Length != perCommand)
                {
                    single?.Dispose();
                    single = Command(connection, transaction, head, chunk.Length, properties.Length);
                }

                var index = 0;
                foreach (var row in chunk)
                {
                    foreach (var value in Values(row))
                    {
                        single.Parameters[index++].Value = value ?? DBNull.Value;
                    }
                }

                await single.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        finally
        {
            single?.Dispose();
        }
    }

    private static object?[] Values(ModelObjectEntity row) =>
        [row.SiteId, row.Section, row.Key, row.Position, row.Body, row.Version, row.UpdatedAt, row.UpdatedBy];

    /// <summary>An INSERT of <paramref name="rowCount"/> rows with its parameters, reused while the row count is the same.</summary>
    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string head, int rowCount, int columns)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var text = new StringBuilder(head, head.Length + rowCount * columns * 8);
        for (var row = 0; row < rowCount; row++)
        {
            text.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < columns; column++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = string.Create(CultureInfo.InvariantCulture, $"@p{command.Parameters.Count}");
                command.Parameters.Add(parameter);
                text.Append(column == 0 ? "" : ", ").Append(parameter.ParameterName);
            }

            text.Append(')');
        }

        command.CommandText = text.ToString();
        return command;
    }
}
