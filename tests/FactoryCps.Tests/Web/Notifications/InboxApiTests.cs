using System.Net;
using static FactoryCps.Tests.Web.ApiClients;

namespace FactoryCps.Tests.Web.Notifications;

/// <summary>/api/v1/inbox: the token's user's notices only, paged, marked read one by one or all.</summary>
public sealed class InboxApiTests
{
    [Theory]
    [DatabaseProviders]
    public async Task The_api_lists_pages_and_marks_the_callers_own_notices_and_nobody_elses(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var alice = await factory.AddUserAsync("alice@example.com", false, (Site, "engineer"));
        var bob = await factory.AddUserAsync("bob@example.com", false, (Site, "engineer"));
        var aliceApi = Bare(factory, await factory.TokenForAsync(alice));
        var bobApi = Bare(factory, await factory.TokenForAsync(bob));
        var notice = await Notices.RoundDueAsync(factory);
        for (var i = 1; i <= 3; i++)
        {
            await Notices.SendAsync(factory, notice with { Key = $"k{i}", Subject = $"Round {i}" }, alice.Id);
        }

        var first = await ReadAsync(await aliceApi.GetAsync("/api/v1/inbox?limit=2", Token));
        Assert.Equal(3, (int)first["unread"]!);
        var items = first["items"]!.AsArray();
        Assert.Equal(["Round 3", "Round 2"], items.Select(i => (string?)i!["subject"]));
        Assert.Equal(("round-due", "Self-assessment round due soon", "kawasaki", "/sites/kawasaki/steps/3"), ((string?)items[0]!["kind"], (string?)items[0]!["words"], (string?)items[0]!["site"], (string?)items[0]!["link"]));
        var next = (long)first["nextBefore"]!;
        var second = await ReadAsync(await aliceApi.GetAsync($"/api/v1/inbox?limit=2&before={next}", Token));
        Assert.Equal(["Round 1"], second["items"]!.AsArray().Select(i => (string?)i!["subject"]));
        Assert.Null(second["nextBefore"]);

        var oldest = (long)second["items"]![0]!["id"]!;
        await ProblemAsync(await bobApi.PostAsync($"/api/v1/inbox/{oldest}/read", null, Token), HttpStatusCode.NotFound);
        Assert.Empty((await ReadAsync(await bobApi.GetAsync("/api/v1/inbox", Token)))["items"]!.AsArray());
        Assert.Equal(HttpStatusCode.NoContent, (await aliceApi.PostAsync($"/api/v1/inbox/{oldest}/read", null, Token)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await aliceApi.PostAsync($"/api/v1/inbox/{oldest}/read", null, Token)).StatusCode);
        Assert.Equal(2, (await ReadAsync(await aliceApi.GetAsync("/api/v1/inbox?unread=true", Token)))["items"]!.AsArray().Count);
        Assert.Equal(2, (int)(await ReadAsync(await aliceApi.PostAsync("/api/v1/inbox/read", null, Token)))["marked"]!);
        Assert.Equal(0, (int)(await ReadAsync(await aliceApi.GetAsync("/api/v1/inbox", Token)))["unread"]!);
        await ProblemAsync(await aliceApi.GetAsync("/api/v1/inbox?limit=0", Token), HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bare(factory).GetAsync("/api/v1/inbox", Token)).StatusCode);
    }
}
