using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactoryCps.Web.Data;

/// <summary>
/// A short list of model ids kept in one text column, one id per line: model ids never hold a line break, and
/// both providers store it the same way (no PostgreSQL arrays, which SQLite lacks).
/// </summary>
internal static class IdListConversion
{
    private static readonly ValueComparer<List<string>> Comparer = new(
        (a, b) => a != null && b != null && a.SequenceEqual(b),
        list => list.Aggregate(0, (hash, id) => HashCode.Combine(hash, id.GetHashCode(StringComparison.Ordinal))),
        list => list.ToList());

    public static PropertyBuilder<List<string>> AsIdList(this PropertyBuilder<List<string>> property) =>
        property.HasConversion(
                list => string.Join('\n', list),
                text => text.Length == 0 ? new List<string>() : text.Split('\n', StringSplitOptions.None).ToList(),
                Comparer)
            .HasMaxLength(4000);
}
