using FactoryCps.Web.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace FactoryCps.Migrations.PostgreSql;

/// <summary>For <c>dotnet ef migrations add</c>: the PostgreSQL flavour (no server is contacted to add one).</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<FcpsDbContext>
{
    public FcpsDbContext CreateDbContext(string[] args) => Database.Open("Host=localhost;Database=factorycps_design");
}
