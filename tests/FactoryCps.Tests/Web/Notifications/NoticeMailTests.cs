using System.Net;
using System.Net.Sockets;
using FactoryCps.Web.Data;
using FactoryCps.Web.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using netDumbster.smtp;

namespace FactoryCps.Tests.Web.Notifications;

/// <summary>E-mail through an SMTP relay: netDumbster listening in the test process, FactoryCPS's mailer sending to it.</summary>
public sealed class NoticeMailTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Theory]
    [DatabaseProviders]
    public async Task A_notice_is_mailed_in_the_recipients_language_with_links_from_the_public_address(string provider)
    {
        using var relay = SimpleSmtpServer.Start(FreePort());
        await using var factory = await WebFactory.CreateAsync(provider, settings: Settings(relay.Configuration.Port));
        var alice = await factory.AddUserAsync("alice@example.com", false, (WebFactory.DemoSite, "engineer"));
        var bob = await factory.AddUserAsync("bob@example.com", false, (WebFactory.DemoSite, "engineer"));
        await SetLanguageAsync(factory, bob.Id, "en");

        await Notices.SendAsync(factory, await Notices.RoundDueAsync(factory), alice.Id, bob.Id);
        var mails = await ArrivedAsync(relay, 2);

        var japanese = mails.Single(m => m.To.Mailboxes.Single().Address == "alice@example.com");
        Assert.Equal("【FactoryCPS】自己点検の期限が近づいています：2026年度 上期 自己点検", japanese.Subject);
        Assert.Equal("factorycps@plant.example", japanese.From.Mailboxes.Single().Address);
        Assert.Contains("開く: https://fcps.example.com/plant/sites/kawasaki/steps/3", japanese.TextBody, StringComparison.Ordinal);
        Assert.Contains("期限: 2026-12-21", japanese.TextBody, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://fcps.example.com/plant/inbox\">", japanese.HtmlBody, StringComparison.Ordinal);
        var english = mails.Single(m => m.To.Mailboxes.Single().Address == "bob@example.com");
        Assert.Equal("[FactoryCPS] Self-assessment round due soon: 2026年度 上期 自己点検", english.Subject);
        Assert.Contains("Open: https://fcps.example.com/plant/sites/kawasaki/steps/3", english.TextBody, StringComparison.Ordinal);

        await WaitAsync(async () => (await Notices.RowsAsync(factory)).All(r => r.MailState == MailState.Sent));
        // Sent once: a second look finds nothing due.
        Assert.Equal(0, await factory.Services.GetRequiredService<NoticeMailer>().SendDueAsync(Token));
        Assert.Equal(2, relay.ReceivedEmailCount);
    }

    [Fact]
    public async Task Without_a_relay_nothing_is_mailed_and_the_notice_is_in_the_inbox()
    {
        using var relay = SimpleSmtpServer.Start(FreePort());
        await using var factory = await WebFactory.CreateAsync("sqlite", settings: new() { ["Fcps:PublicUrl"] = "https://fcps.example.com/" });
        var alice = await factory.AddUserAsync("alice@example.com", false, (WebFactory.DemoSite, "engineer"));
        await Notices.SendAsync(factory, await Notices.RoundDueAsync(factory), alice.Id);

        Assert.Equal(0, await factory.Services.GetRequiredService<NoticeMailer>().SendDueAsync(Token));
        Assert.Equal(MailState.None, (await Notices.RowsAsync(factory)).Single().MailState);
        Assert.Equal(0, relay.ReceivedEmailCount);
    }

    [Fact]
    public async Task A_relay_that_cannot_be_reached_is_retried_later_and_the_notice_is_not_lost()
    {
        var port = FreePort();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
        var settings = Settings(port);
        settings["Fcps:Notifications:MailPollSeconds"] = "3600";
        await using var factory = await WebFactory.CreateAsync("sqlite", settings: settings, time: time);
        var alice = await factory.AddUserAsync("alice@example.com", false, (WebFactory.DemoSite, "engineer"));
        var mailer = factory.Services.GetRequiredService<NoticeMailer>();
        await Notices.SendAsync(factory, await Notices.RoundDueAsync(factory), alice.Id);

        // Nothing listens: the first attempt fails and waits a minute; the inbox has the notice all the while.
        var retryAt = time.GetUtcNow().AddMinutes(1).ToUnixTimeMilliseconds();
        await WaitAsync(async () => (await Notices.RowsAsync(factory)).Single() is { MailAttempts: 1 } row && row.MailNextAt == retryAt);
        Assert.Equal(MailState.Pending, (await Notices.RowsAsync(factory)).Single().MailState);
        Assert.Equal(0, await mailer.SendDueAsync(Token));

        using var relay = SimpleSmtpServer.Start(port);
        time.Advance(TimeSpan.FromMinutes(1));
        await mailer.SendDueAsync(Token);
        Assert.Single(await ArrivedAsync(relay, 1));
        var sent = (await Notices.RowsAsync(factory)).Single();
        Assert.Equal((MailState.Sent, 2, (long?)null), (sent.MailState, sent.MailAttempts, sent.MailNextAt));
    }

    [Fact]
    public void Retries_wait_longer_each_time_up_to_an_hour()
    {
        Assert.Equal([1, 2, 4, 8, 16, 32, 60, 60], Enumerable.Range(1, 8).Select(a => NoticeMailer.Backoff(a).TotalMinutes));
    }

    internal static Dictionary<string, string> Settings(int port) => new()
    {
        ["Fcps:PublicUrl"] = "https://fcps.example.com/plant/",
        ["Fcps:Notifications:Smtp:Host"] = "127.0.0.1",
        ["Fcps:Notifications:Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Fcps:Notifications:Smtp:Security"] = "none",
        ["Fcps:Notifications:Smtp:From"] = "factorycps@plant.example",
    };

    private static async Task SetLanguageAsync(WebFactory factory, string userId, string language)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<FcpsDbContext>().Users.Where(u => u.Id == userId)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.Language, language), Token);
    }

    private static async Task<List<MimeMessage>> ArrivedAsync(SimpleSmtpServer relay, int count)
    {
        await WaitAsync(() => Task.FromResult(relay.ReceivedEmailCount >= count));
        return [.. relay.ReceivedEmail.Select(m => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m.Data))))];
    }

    /// <summary>The mailer works in the background: waits for what it does, failing after a generous while rather than timing it.</summary>
    internal static async Task WaitAsync(Func<Task<bool>> done)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (!await done())
        {
            await Task.Delay(50, patience.Token);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
