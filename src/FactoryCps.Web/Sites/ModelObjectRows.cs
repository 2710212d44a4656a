using System.Globalization;
using System.Text;
using FactoryCps.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace FactoryCps.Web.Sites;

/// <summary>
/// Writes the objects of a whole imported model with multi-row INSERTs on the context's connection and
/// transaction. Through the change tracker, the 18,000 rows of a 10,000-asset site cost an entry, a snapshot
/// and a generated-key read-back each — most of an import's time — and nothing in the import reads them back.
/// Table and column names come from the EF Core model, so the mapping stays the one definition.
/// </summary>
internal static class ModelObjectRows
{
    /// <summary>Nine parameters a row: far below SQLite's 32,766 and PostgreSQL's 65,535 per command.</summary>
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
        foreach (var chunk in rows.Chunk(RowsPerCommand))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var text = new StringBuilder(head, head.Length + chunk.Length * 64);
            foreach (var row in chunk)
            {
                text.Append(command.Parameters.Count == 0 ? "(" : ", (");
                object?[] values = [row.SiteId, row.Section, row.Key, row.Position, row.Body, row.Version, row.UpdatedAt, row.UpdatedBy];
                for (var i = 0; i < values.Length; i++)
                {
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = string.Create(CultureInfo.InvariantCulture, $"@p{command.Parameters.Count}");
                    parameter.Value = values[i] ?? DBNull.Value;
                    command.Parameters.Add(parameter);
                    text.Append(i == 0 ? "" : ", ").Append(parameter.ParameterName);
                }

                text.Append(')');
            }

            command.CommandText = text.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
