using FactoryCps.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Accounts.Sessions;

/// <summary>The sign-in sessions' rows.</summary>
internal static class SessionSets
{
    public static DbSet<SignInSession> SignInSessions(this FcpsDbContext db) => db.Set<SignInSession>();
}
