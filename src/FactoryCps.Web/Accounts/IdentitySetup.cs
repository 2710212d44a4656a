using FactoryCps.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace FactoryCps.Web.Accounts;

/// <summary>ASP.NET Core Identity as FactoryCPS uses it: strong passwords, lockout, unique e-mail addresses.</summary>
internal static class IdentitySetup
{
    public static IdentityBuilder AddFactoryCpsIdentityCore(this IServiceCollection services) =>
        services.AddIdentityCore<FcpsUser>(Configure).AddEntityFrameworkStores<FcpsDbContext>();

    public static void Configure(IdentityOptions options)
    {
        options.Password.RequiredLength = 12;
        options.Password.RequireDigit = true;
        options.Password.RequireLowercase = true;
        options.Password.RequireUppercase = true;
        options.Password.RequireNonAlphanumeric = false;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.Lockout.AllowedForNewUsers = true;
        options.User.RequireUniqueEmail = true;
        Database.UseIdentitySchema(options);
    }
}
