using FactoryCps.Web.Data;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FactoryCps.Web.Notifications;

/// <summary>
/// Sends the notices' pending e-mails from the database, never from the request that stored them: woken when one
/// is stored, and looking again every <c>Fcps:Notifications:MailPollSeconds</c> (default 60) for retries. Each
/// mail is claimed by moving its next attempt forward in one conditional update, so with several servers sharing
/// the database one of them sends it. A failure waits 1, 2, 4 … 60 minutes before the next attempt; after
/// <see cref="SmtpSettings.MaxAttempts"/> the mail is given up (logged), the notice stays in the inbox.
/// </summary>
internal sealed class NoticeMailer(
    IServiceScopeFactory scopes, IOptionsMonitor<SmtpSettings> settings, MailRelay relay, PublicLinks links, MailSignal signal,
    IConfiguration configuration, TimeProvider time, ILogger<NoticeMailer> logger) : BackgroundService
{
    public const int Batch = 20;

    /// <summary>How long a claimed mail is another server's: longer than one attempt can take.</summary>
    public static readonly TimeSpan Claim = TimeSpan.FromMinutes(5);

    public static TimeSpan Backoff(int attempts) => TimeSpan.FromMinutes(Math.Min(60, 1 << Math.Clamp(attempts - 1, 0, 6)));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.CurrentValue.Configured)
        {
            return;
        }

        var poll = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Fcps:Notifications:MailPollSeconds", 60)));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await SendDueAsync(stoppingToken) == Batch)
                {
                    // A full batch: more may be due at once.
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database away for a moment: the next look tries again, the server keeps serving.
                logger.LogError(ex, "Looking for notices to mail failed");
            }

            await signal.WaitAsync(poll, time, stoppingToken);
        }
    }

    /// <summary>Sends up to <see cref="Batch"/> due mails; how many it tried.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var smtp = settings.CurrentValue;
        if (!smtp.Configured)
        {
            return 0;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
        var now = time.GetUtcNow();
        var nowMs = now.ToUnixTimeMilliseconds();
        var due = await db.InboxNotices.AsNoTracking()
            .Where(n => n.MailState == MailState.Pending && n.MailNextAt <= nowMs)
            .OrderBy(n => n.MailNextAt).Take(Batch)
            .Select(n => new { n.Id, n.MailNextAt, n.MailAttempts })
            .ToListAsync(cancellationToken);
        foreach (var mail in due)
        {
            var claimedUntil = (now + Claim).ToUnixTimeMilliseconds();
            var claimed = await db.InboxNotices
                .Where(n => n.Id == mail.Id && n.MailState == MailState.Pending && n.MailNextAt == mail.MailNextAt)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.MailNextAt, claimedUntil).SetProperty(n => n.MailAttempts, mail.MailAttempts + 1), cancellationToken);
            if (claimed == 1)
            {
                await SendOneAsync(db, mail.Id, mail.MailAttempts + 1, smtp, cancellationToken);
            }
        }

        return due.Count;
    }

    private async Task SendOneAsync(FcpsDbContext db, long id, int attempt, SmtpSettings smtp, CancellationToken cancellationToken)
    {
        var sites = db.Sites;
        var found = await db.InboxNotices.AsNoTracking().Where(n => n.Id == id)
            .Select(n => new { Notice = n, n.User!.Email, n.User.DisplayName, n.User.Language, Site = sites.Where(s => s.Id == n.SiteId).Select(s => s.Name ?? s.Key).FirstOrDefault() })
            .SingleAsync(cancellationToken);
        if (!MailAddresses.IsValid(found.Email))
        {
            await SetAsync(db, id, MailState.NoAddress, null, null, cancellationToken);
            logger.LogInformation("Notice {Notice} not mailed: its recipient has no e-mail address", id);
            return;
        }

        try
        {
            var message = NoticeMail.Compose(found.Notice, found.Site, found.Email!, found.DisplayName, smtp.From!, NoticeWords.CultureOf(found.Language), links.To(found.Notice.Link), links.To("/inbox"));
            await relay.SendAsync(message, cancellationToken);
            await SetAsync(db, id, MailState.Sent, null, time.GetUtcNow(), cancellationToken);
            logger.LogInformation("Mailed notice {Notice} ({Kind}) through {Host}:{Port}", id, found.Notice.Kind, smtp.Host, smtp.Port);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The reason only (the relay's answer or the network's), never the settings: no password reaches the log.
            if (attempt >= smtp.MaxAttempts)
            {
                await SetAsync(db, id, MailState.Failed, null, null, CancellationToken.None);
                logger.LogError("Mailing notice {Notice} through {Host}:{Port} failed ({Reason}); given up after {Attempts} attempts, the notice stays in the inbox", id, smtp.Host, smtp.Port, Reason(ex), attempt);
            }
            else
            {
                var next = time.GetUtcNow() + Backoff(attempt);
                await SetAsync(db, id, MailState.Pending, next.ToUnixTimeMilliseconds(), null, CancellationToken.None);
                logger.LogWarning("Mailing notice {Notice} through {Host}:{Port} failed ({Reason}); attempt {Attempt} of {Max}, next at {Next:u}", id, smtp.Host, smtp.Port, Reason(ex), attempt, smtp.MaxAttempts, next);
            }
        }
    }

    private static string Reason(Exception ex) => $"{ex.GetType().Name}: {ex.Message}";

    private static Task SetAsync(FcpsDbContext db, long id, MailState state, long? nextAt, DateTimeOffset? mailedAt, CancellationToken cancellationToken) =>
        db.InboxNotices.Where(n => n.Id == id).ExecuteUpdateAsync(
            s => s.SetProperty(n => n.MailState, state).SetProperty(n => n.MailNextAt, nextAt).SetProperty(n => n.MailedAt, mailedAt),
            cancellationToken);
}
