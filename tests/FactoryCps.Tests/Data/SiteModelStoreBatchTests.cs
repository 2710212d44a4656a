using System.Text.Json.Nodes;
using FactoryCps.Catalog.Loading;
using FactoryCps.Web.Audit;
using FactoryCps.Web.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace FactoryCps.Tests.Data;

/// <summary>A batch of the model store that updates, adds and deletes objects in one transaction, on SQLite and PostgreSQL alike.</summary>
public sealed class SiteModelStoreBatchTests
{
    private static readonly Actor Alice = new("u-alice", "alice");

    private static SiteModelStore Store(FactoryCps.Web.Data.FcpsDbContext context) =>
        new(context, CatalogLoader.Default, new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero)));

    private static Task<SiteEntity> SiteAsync(FactoryCps.Web.Data.FcpsDbContext context) =>
        context.Sites.AsNoTracking().SingleAsync(s => s.Key == "kawasaki", Token);

    private static JsonObject Status(string json) => JsonNode.Parse(json)!.AsObject();

    /// <summary>Line 2's firewall status moved to line 1 (a new key for the same object), the safety zone given its own, the wireless status deleted.</summary>
    private static ObjectChange[] Moves(int wireless) =>
    [
        new(Status("""{"id":"net-zone-firewall","status":"partial","scope":["control-line1"],"owner":"plant-eng"}"""), 1) { Replaces = "net-zone-firewall@control-line2" },
        new(Status("""{"id":"net-zone-firewall","status":"implemented","scope":["safety"]}"""), null),
        ObjectChange.Delete("net-wireless@warehouse", wireless),
    ];

    [Theory]
    [DatabaseProviders]
    public async Task A_batch_updates_under_a_new_key_adds_and_deletes_together_each_audited(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var context = await database.MigratedAsync();
        await Store(context).ImportAsync(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "samples", "smart-factory.yaml")), "smart-factory.yaml", Alice, Token);
        var site = await SiteAsync(context);

        var saved = await Store(context).SaveObjectsAsync(site, "countermeasures", Moves(wireless: 1), Alice, Token);

        Assert.True(saved.Succeeded);
        await using var reading = database.Open();
        var after = await SiteAsync(reading);
        Assert.Equal(site.ModelRevision + 1, after.ModelRevision);
        var model = (await Store(reading).ModelAsync(after, Token))!;
        Assert.Equal(
            ["net-zone-firewall implemented", "net-zone-firewall@control-line1 partial", "net-zone-firewall@safety implemented"],
            model.Countermeasures.Where(s => s.Id == "net-zone-firewall").Select(s => $"{s.Key} {s.Status}").Order(StringComparer.Ordinal));
        Assert.DoesNotContain(model.Countermeasures, s => s.Id == "net-wireless");
        var audit = await reading.AuditEntries.Where(a => a.Section == "countermeasures").OrderBy(a => a.Id).ToListAsync(Token);
        Assert.Equal(
            [("update", "net-zone-firewall@control-line1"), ("create", "net-zone-firewall@safety"), ("delete", "net-wireless@warehouse")],
            audit.Select(a => (a.Action, a.Key)));
        Assert.Contains("control-line2", audit[0].Before!, StringComparison.Ordinal);
        Assert.Null(audit[2].After);
    }

    [Theory]
    [DatabaseProviders]
    public async Task A_batch_deleting_an_object_that_changed_since_it_was_read_writes_nothing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var context = await database.MigratedAsync();
        await Store(context).ImportAsync(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "samples", "smart-factory.yaml")), "smart-factory.yaml", Alice, Token);
        var site = await SiteAsync(context);

        var saved = await Store(context).SaveObjectsAsync(site, "countermeasures", Moves(wireless: 7), Alice, Token);

        Assert.False(saved.Succeeded);
        Assert.Equal([2], saved.Stale);
        await using var reading = database.Open();
        Assert.Equal(site.ModelRevision, (await SiteAsync(reading)).ModelRevision);
        Assert.Contains((await Store(reading).ModelAsync(site, Token))!.Countermeasures, s => s.Key == "net-wireless@warehouse");
        Assert.Equal(0, await reading.AuditEntries.CountAsync(a => a.Section == "countermeasures", Token));
    }
}
