namespace FactoryCps.Web.Notifications;

/// <summary>
/// Asks every registered <see cref="IReminderSource"/> what falls due, every <c>Fcps:Notifications:ReminderMinutes</c>
/// (default 60; 0 turns reminders off) and once at start, and sends each answer as a notice. Several servers
/// sharing one database each ask: the notice's key, unique per recipient, makes the second server's answer the
/// same notice (no lease is needed, and none can be lost with a server that stops holding it). With no source
/// registered the schedule does nothing at all.
/// </summary>
internal sealed class ReminderSchedule(IServiceScopeFactory scopes, INoticeSender sender, IConfiguration configuration, TimeProvider time, ILogger<ReminderSchedule> logger) : BackgroundService
{
    public const string IntervalSetting = "Fcps:Notifications:ReminderMinutes";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = configuration.GetValue(IntervalSetting, 60);
        if (minutes <= 0 || !AnySource())
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(minutes), time);
        do
        {
            try
            {
                await RunAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The next round asks again; the server keeps serving.
                logger.LogError(ex, "Asking for reminders failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Asks every source once at the clock's now and sends what they answer; how many notices were sent (each to its recipients).</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var now = time.GetUtcNow();
        var sent = 0;
        foreach (var source in scope.ServiceProvider.GetServices<IReminderSource>())
        {
            try
            {
                await foreach (var (notice, userIds) in source.DueAsync(now, cancellationToken))
                {
                    await sender.SendAsync(notice, userIds, cancellationToken);
                    sent++;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One source's failure leaves the others' reminders going out.
                logger.LogError(ex, "Reminders of {Source} failed", source.GetType().Name);
            }
        }

        if (sent > 0)
        {
            logger.LogInformation("Sent {Count} reminders", sent);
        }

        return sent;
    }

    private bool AnySource()
    {
        using var scope = scopes.CreateScope();
        return scope.ServiceProvider.GetServices<IReminderSource>().Any();
    }
}
