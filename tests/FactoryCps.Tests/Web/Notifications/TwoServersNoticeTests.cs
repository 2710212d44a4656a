using FactoryCps.Tests.Data;
using FactoryCps.Web.Data;
using FactoryCps.Web.Notifications;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FactoryCps.Tests.Web.Notifications;

/// <summary>
/// Two servers sharing one database insert the same notice at the same instant: each has its own service provider,
/// database context and sender, and both have looked and found nothing before either inserts (a gate holds each
/// first insert until the other's has come). The unique index lets one row through; neither server fails.
/// </summary>
public sealed class TwoServersNoticeTests
{
    [Theory]
    [DatabaseProviders]
    public async Task Two_servers_inserting_the_same_notice_at_once_store_it_once_and_neither_fails(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        string[] users = ["alice", "bob"];
        await using (var db = await database.MigratedAsync())
        {
            db.Users.AddRange(users.Select(u => new FcpsUser { Id = u, UserName = u + "@example.com", NormalizedUserName = u.ToUpperInvariant() + "@EXAMPLE.COM", Email = u + "@example.com" }));
            await db.SaveChangesAsync(Token);
        }

        var gate = new BothArrived();
        await using var first = Server(database.ConnectionString, gate);
        await using var second = Server(database.ConnectionString, gate);
        var notice = new Notice("round-due", null, "2026 上期", "/inbox", "round:1:due:2027-01-31");

        await Task.WhenAll(
            Task.Run(() => first.GetRequiredService<INoticeSender>().SendAsync(notice, users, Token), Token),
            Task.Run(() => second.GetRequiredService<INoticeSender>().SendAsync(notice, users, Token), Token));

        Assert.True(gate.Met, "the two inserts did not meet: the race was not run");
        await using var check = database.Open();
        var rows = await check.InboxNotices.AsNoTracking().ToListAsync(Token);
        Assert.Equal(users, rows.Select(r => r.UserId).Order());
        Assert.All(rows, r => Assert.Equal(notice.Key, r.Key));
    }

    /// <summary>One server: its own container, context and sender, as a second process would have.</summary>
    private static ServiceProvider Server(string connectionString, BothArrived gate)
    {
        var services = new ServiceCollection();
        services.Configure<IdentityOptions>(Database.UseIdentitySchema);
        services.AddDbContext<FcpsDbContext>(options => Database.Configure(options, connectionString).AddInterceptors(gate));
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2027, 1, 24, 9, 0, 0, TimeSpan.Zero)));
        services.AddOptions<SmtpSettings>();
        services.AddSingleton<UnreadCounts>();
        services.AddSingleton<MailSignal>();
        services.AddSingleton<INoticeSender, InboxSender>();
        return services.BuildServiceProvider();
    }

    /// <summary>
    /// Holds the first insert of each of two servers until both have come, so that both have read "no such notice"
    /// before either writes; later saves (the refused server's retry) pass at once.
    /// </summary>
    private sealed class BothArrived : SaveChangesInterceptor
    {
        private readonly TaskCompletionSource _both = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _arrived;

        public bool Met => _both.Task.IsCompletedSuccessfully;

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            var arrived = Interlocked.Increment(ref _arrived);
            if (arrived == 2)
            {
                _both.TrySetResult();
            }
            else if (arrived == 1)
            {
                await _both.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            }

            return result;
        }
    }
}
