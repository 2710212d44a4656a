using FactoryCps.Web.Notifications;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace FactoryCps.Tests.Web.Notifications;

/// <summary>
/// E-mail over TLS, to a relay in the test process with a certificate made for the test (<see cref="TlsRelay"/>):
/// STARTTLS and implicit TLS deliver when the relay's certificate is the one pinned; a certificate no authority
/// signed, or another than the one pinned, is refused, nothing is sent, and the mail waits for its next attempt.
/// </summary>
public sealed class NoticeMailTlsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("sqlite", "starttls")]
    [InlineData("sqlite", "tls")]
    [InlineData("postgresql", "starttls")]
    [InlineData("postgresql", "tls")]
    public async Task A_relay_with_the_pinned_certificate_receives_the_mail_encrypted(string provider, string security)
    {
        await using var relay = new TlsRelay(TlsRelay.SelfSigned(Now), implicitTls: security == "tls");
        await using var factory = await WebFactory.CreateAsync(provider, settings: Settings(relay, security, pinned: PinOf(relay)));
        var alice = await factory.AddUserAsync("alice@example.com", false, (WebFactory.DemoSite, "engineer"));

        await Notices.SendAsync(factory, await Notices.RoundDueAsync(factory), alice.Id);

        await NoticeMailTests.WaitAsync(() => Task.FromResult(relay.Received.Count == 1));
        var (data, encrypted) = relay.Received.Single();
        Assert.True(encrypted);
        var mail = MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(data)), Token);
        Assert.Equal("【FactoryCPS】自己点検の期限が近づいています：2026年度 上期 自己点検", mail.Subject);
        Assert.Equal("alice@example.com", mail.To.Mailboxes.Single().Address);
        await NoticeMailTests.WaitAsync(async () => (await Notices.RowsAsync(factory)).Single().MailState == MailState.Sent);
    }

    [Theory]
    [InlineData("starttls", false)]
    [InlineData("tls", false)]
    [InlineData("starttls", true)]
    [InlineData("tls", true)]
    public async Task A_certificate_not_trusted_or_not_the_pinned_one_is_refused_and_nothing_is_sent(string security, bool pinAnother)
    {
        await using var relay = new TlsRelay(TlsRelay.SelfSigned(Now), implicitTls: security == "tls");
        using var another = TlsRelay.SelfSigned(Now);
        var time = new FakeTimeProvider(Now);
        var settings = Settings(relay, security, pinned: pinAnother ? TlsRelay.Sha256(another) : null);
        settings["Fcps:Notifications:MailPollSeconds"] = "3600";
        await using var factory = await WebFactory.CreateAsync("sqlite", settings: settings, time: time);
        var alice = await factory.AddUserAsync("alice@example.com", false, (WebFactory.DemoSite, "engineer"));

        await Notices.SendAsync(factory, await Notices.RoundDueAsync(factory), alice.Id);

        // The first attempt fails at the handshake and waits a minute, as for a relay that cannot be reached.
        var retryAt = time.GetUtcNow().AddMinutes(1).ToUnixTimeMilliseconds();
        await NoticeMailTests.WaitAsync(async () => (await Notices.RowsAsync(factory)).Single() is { MailAttempts: 1 } row && row.MailNextAt == retryAt);
        Assert.Equal(MailState.Pending, (await Notices.RowsAsync(factory)).Single().MailState);
        // It was reached and TLS begun (the pinned relay above delivers with the same settings), yet nothing sent.
        Assert.True(relay.Handshakes > 0);
        Assert.Empty(relay.Received);
    }

    [Fact]
    public async Task A_pin_that_is_not_a_sha256_stops_the_start()
    {
        var settings = NoticeMailTests.Settings(25);
        settings["Fcps:Notifications:Smtp:CertificateSha256"] = "AB:CD";
        var failed = await Assert.ThrowsAnyAsync<Exception>(async () => await WebFactory.CreateAsync("sqlite", settings: settings));
        Assert.Contains("CertificateSha256", failed.ToString(), StringComparison.Ordinal);
    }

    private static string PinOf(TlsRelay relay) => relay.CertificateSha256;

    private static Dictionary<string, string> Settings(TlsRelay relay, string security, string? pinned)
    {
        var settings = NoticeMailTests.Settings(relay.Port);
        settings["Fcps:Notifications:Smtp:Security"] = security;
        if (pinned is not null)
        {
            settings["Fcps:Notifications:Smtp:CertificateSha256"] = pinned;
        }

        return settings;
    }
}
