using FactoryCps.Web.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace FactoryCps.Migrations.Sqlite;

/// <summary>For <c>dotnet ef migrations add</c>: the SQLite flavour of the one DbContext.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<FcpsDbContext>
{
    public FcpsDbContext CreateDbContext(string[] args) => Database.Open("Data Source=design-time.db");
}
