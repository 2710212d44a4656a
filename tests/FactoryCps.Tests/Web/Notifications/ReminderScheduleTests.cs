using System.Runtime.CompilerServices;
using FactoryCps.Web.Notifications;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace FactoryCps.Tests.Web.Notifications;

/// <summary>The reminder schedule on a fixed clock: every source asked at start and each interval, their answers sent; nothing without a source.</summary>
public sealed class ReminderScheduleTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Every_source_is_asked_at_start_and_each_interval_with_the_clocks_time()
    {
        var time = new FakeTimeProvider(Start);
        var sender = new RecordingSender();
        var source = new DueSource();
        using var services = Services(source, new FailingSource());
        var schedule = new ReminderSchedule(services.GetRequiredService<IServiceScopeFactory>(), sender, Interval(30), time, NullLogger<ReminderSchedule>.Instance);

        await schedule.StartAsync(Token);
        await WaitAsync(() => sender.Sent.Count == 1);
        time.Advance(TimeSpan.FromMinutes(29));
        Assert.Single(sender.Sent);
        time.Advance(TimeSpan.FromMinutes(1));
        await WaitAsync(() => sender.Sent.Count == 2);
        await schedule.StopAsync(Token);

        Assert.Equal([Start, Start.AddMinutes(30)], source.AskedAt);
        Assert.Equal(["round:1:due@2026-12-07T09:00", "round:1:due@2026-12-07T09:30"], sender.Sent.Select(s => s.Notice.Key));
        Assert.All(sender.Sent, s => Assert.Equal(["lead"], s.UserIds));
    }

    [Fact]
    public async Task Without_a_source_the_schedule_does_nothing()
    {
        var time = new FakeTimeProvider(Start);
        using var services = Services();
        var sender = new RecordingSender();
        var schedule = new ReminderSchedule(services.GetRequiredService<IServiceScopeFactory>(), sender, Interval(30), time, NullLogger<ReminderSchedule>.Instance);
        await schedule.StartAsync(Token);
        // It ends at once rather than waiting for a timer that would find nothing to ask.
        await schedule.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(20), Token);
        time.Advance(TimeSpan.FromHours(2));
        Assert.Empty(sender.Sent);
    }

    private static ServiceProvider Services(params IReminderSource[] sources)
    {
        var services = new ServiceCollection();
        foreach (var source in sources)
        {
            services.AddSingleton(source);
        }

        return services.BuildServiceProvider();
    }

    private static IConfiguration Interval(int minutes) =>
        new ConfigurationBuilder().AddInMemoryCollection([new(ReminderSchedule.IntervalSetting, minutes.ToString(System.Globalization.CultureInfo.InvariantCulture))]).Build();

    private static async Task WaitAsync(Func<bool> done)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!done())
        {
            await Task.Delay(10, patience.Token);
        }
    }

    private sealed class DueSource : IReminderSource
    {
        public List<DateTimeOffset> AskedAt { get; } = [];

        public async IAsyncEnumerable<(Notice Notice, IReadOnlyCollection<string> UserIds)> DueAsync(DateTimeOffset now, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            AskedAt.Add(now);
            await Task.Yield();
            yield return (new Notice("round-due", 1, "Round", "/sites/kawasaki", $"round:1:due@{now:yyyy-MM-ddTHH:mm}", now.AddDays(7)), ["lead"]);
        }
    }

    /// <summary>A source that fails: the other sources' reminders still go out.</summary>
    private sealed class FailingSource : IReminderSource
    {
        public IAsyncEnumerable<(Notice Notice, IReadOnlyCollection<string> UserIds)> DueAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("the database is away");
    }

    private sealed class RecordingSender : INoticeSender
    {
        public List<(Notice Notice, IReadOnlyCollection<string> UserIds)> Sent { get; } = [];

        public Task SendAsync(Notice notice, IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
        {
            lock (Sent)
            {
                Sent.Add((notice, userIds));
            }

            return Task.CompletedTask;
        }
    }
}
