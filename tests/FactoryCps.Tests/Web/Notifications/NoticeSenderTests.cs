using FactoryCps.Web.Notifications;

namespace FactoryCps.Tests.Web.Notifications;

/// <summary>A notice reaches each recipient once per key: sent twice, sent at once from many callers, or to unknown users.</summary>
public sealed class NoticeSenderTests
{
    [Theory]
    [DatabaseProviders]
    public async Task The_same_key_reaches_a_recipient_once_however_often_and_concurrently_it_is_sent(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var alice = await factory.AddUserAsync("alice@example.com", false, (WebFactory.DemoSite, "engineer"));
        var bob = await factory.AddUserAsync("bob@example.com", false, (WebFactory.DemoSite, "engineer"));
        var notice = await Notices.RoundDueAsync(factory);

        await Notices.SendAsync(factory, notice, alice.Id);
        await Notices.SendAsync(factory, notice, alice.Id, alice.Id);
        // Many at once, as two servers' schedules computing the same reminder would: the unique index decides,
        // and a refused duplicate is no error.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Notices.SendAsync(factory, notice, alice.Id, bob.Id), Token)));
        await Notices.SendAsync(factory, notice with { Key = "round:1:overdue", Kind = "round-overdue" }, alice.Id);
        await Notices.SendAsync(factory, notice, "no-such-user");

        var rows = await Notices.RowsAsync(factory);
        Assert.Equal(
            new[] { (alice.Id, "round:1:due-7"), (alice.Id, "round:1:overdue"), (bob.Id, "round:1:due-7") }.Order(),
            rows.Select(r => (r.UserId, r.Key)).Order());
        Assert.All(rows, r => Assert.Equal((MailState.None, (long?)null), (r.MailState, r.MailNextAt)));
    }

    [Theory]
    [InlineData("//evil.example/x")]
    [InlineData("https://evil.example/")]
    [InlineData("sites/kawasaki")]
    [InlineData("/\\evil.example")]
    public async Task A_link_that_is_not_a_path_of_the_application_is_refused_and_nothing_is_stored(string link)
    {
        await using var factory = await WebFactory.CreateAsync("sqlite");
        var alice = await factory.AddUserAsync("alice@example.com", false, (WebFactory.DemoSite, "engineer"));
        var notice = await Notices.RoundDueAsync(factory);
        await Assert.ThrowsAsync<ArgumentException>(() => Notices.SendAsync(factory, notice with { Link = link }, alice.Id));
        await Assert.ThrowsAsync<ArgumentException>(() => Notices.SendAsync(factory, notice with { Key = "" }, alice.Id));
        Assert.Empty(await Notices.RowsAsync(factory));
    }
}
