using System.Text.Json.Nodes;
using FactoryCps.Analysis;
using FactoryCps.Catalog.Loading;
using FactoryCps.Model.Writing;
using FactoryCps.Web.Audit;
using FactoryCps.Web.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace FactoryCps.Tests.Data;

/// <summary>A site's model in the database, on SQLite and PostgreSQL alike: imports, single edits and batches.</summary>
public sealed class SiteModelStoreTests
{
    private static readonly Actor Alice = new("u-alice", "alice");
    private static readonly Actor Bob = new("u-bob", "bob");

    private static string Sample(string name) => File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "samples", name));

    private static SiteModelStore Store(FactoryCps.Web.Data.FcpsDbContext context) =>
        new(context, CatalogLoader.Default, new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero)));

    /// <summary>The site as a request's access check resolves it: read once, untracked.</summary>
    private static Task<SiteEntity> SiteAsync(FactoryCps.Web.Data.FcpsDbContext context, string key) =>
        context.Sites.AsNoTracking().SingleAsync(s => s.Key == key, Token);

    /// <summary>The stored model read afresh through a new context and a store without a cache.</summary>
    private static async Task<FactoryCps.Model.FactoryModel?> FreshModelAsync(TestDatabase database, string key)
    {
        await using var context = database.Open();
        return await Store(context).ModelAsync(await SiteAsync(context, key), Token);
    }

    [Theory]
    [DatabaseProviders]
    public async Task An_imported_model_exports_as_the_same_model(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var context = await database.MigratedAsync();

        var result = await Store(context).ImportAsync(Sample("smart-factory.yaml"), "smart-factory.yaml", Alice, Token);
        await using var reading = database.Open();
        var exported = await Store(reading).ModelAsync(await SiteAsync(reading, "kawasaki"), Token);

        Assert.True(result.Succeeded);
        var original = ModelLoader.LoadText(Sample("smart-factory.yaml"), "s.yaml", CatalogLoader.Default).Model!;
        Assert.True(JsonNode.DeepEquals(ModelWriter.Write(original), ModelWriter.Write(exported!)));
        Assert.Equal("import", (await reading.AuditEntries.SingleAsync(Token)).Action);
    }

    [Theory]
    [DatabaseProviders]
    public async Task An_invalid_model_imports_nothing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var context = await database.MigratedAsync();

        var result = await Store(context).ImportAsync("format: 1\nsite: { id: s }\nassets: [{ id: a, kind: plc, zone: nowhere }]\n", "bad.yaml", Alice, Token);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Message.Key == "ModelUnknownReference");
        Assert.Equal(0, await context.Sites.CountAsync(Token));
        Assert.Equal(0, await context.ModelObjects.CountAsync(Token));
        Assert.Equal(0, await context.AuditEntries.CountAsync(Token));
    }

    [Theory]
    [DatabaseProviders]
    public async Task Reimporting_replaces_the_model_in_one_transaction(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var context = await database.MigratedAsync();
        var store = Store(context);
        await store.ImportAsync(Sample("minimal.yaml"), "minimal.yaml", Alice, Token);

        await store.ImportAsync(Sample("minimal-connected.yaml"), "minimal-connected.yaml", Alice, Token);

        var model = await FreshModelAsync(database, "small-plant");
        Assert.Equal(["plc", "edge-gw"], model!.Assets.Select(a => a.Id));
        Assert.Equal(2, await context.AuditEntries.CountAsync(Token));
    }

    [Theory]
    [DatabaseProviders]
    public async Task The_second_of_two_concurrent_edits_is_refused_with_the_first_shown(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var setup = await database.MigratedAsync())
        {
            await Store(setup).ImportAsync(Sample("minimal.yaml"), "minimal.yaml", Alice, Token);
        }

        await using var aliceContext = database.Open();
        await using var bobContext = database.Open();
        var aliceBody = JsonNode.Parse("""{"id":"plc","name":"Alice's name","kind":"plc","zone":"line","operations":["production"]}""")!.AsObject();
        var bobBody = JsonNode.Parse("""{"id":"plc","name":"Bob's name","kind":"plc","zone":"line","operations":["production"]}""")!.AsObject();

        var first = await Store(aliceContext).SaveObjectAsync(await SiteAsync(aliceContext, "small-plant"), "assets", aliceBody, expectedVersion: 1, Alice, Token);
        var second = await Store(bobContext).SaveObjectAsync(await SiteAsync(bobContext, "small-plant"), "assets", bobBody, expectedVersion: 1, Bob, Token);

        Assert.Equal(2, first.Version);
        Assert.True(second.Conflict);
        Assert.Equal("Alice's name", (string?)second.Current!["name"]);
        var model = await FreshModelAsync(database, "small-plant");
        Assert.Equal("Alice's name", model!.Assets.Single().Name);
    }

    [Theory]
    [DatabaseProviders]
    public async Task An_edit_of_the_site_as_read_before_a_reimport_is_refused_as_a_conflict(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var context = await database.MigratedAsync();
        await Store(context).ImportAsync(Sample("minimal.yaml"), "minimal.yaml", Alice, Token);
        var checkedSite = await SiteAsync(context, "small-plant");
        await Store(context).ImportAsync(Sample("minimal.yaml"), "minimal.yaml", Bob, Token);
        var body = JsonNode.Parse("""{"id":"plc","name":"Alice's name","kind":"plc","zone":"line","operations":["production"]}""")!.AsObject();

        await using var editing = database.Open();
        var result = await Store(editing).SaveObjectAsync(checkedSite, "assets", body, expectedVersion: 1, Alice, Token);

        Assert.True(result.Conflict);
        Assert.NotEqual("Alice's name", (await FreshModelAsync(database, "small-plant"))!.Assets.Single().Name);
        Assert.Equal(2, await database.Open().AuditEntries.CountAsync(Token));
    }

    [Theory]
    [DatabaseProviders]
    public async Task An_edit_that_breaks_the_model_is_refused_and_changes_nothing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var context = await database.MigratedAsync();
        await Store(context).ImportAsync(Sample("minimal.yaml"), "minimal.yaml", Alice, Token);
        var broken = JsonNode.Parse("""{"id":"plc","kind":"plc","zone":"nowhere","operations":["production"]}""")!.AsObject();

        var result = await Store(context).SaveObjectAsync(await SiteAsync(context, "small-plant"), "assets", broken, expectedVersion: 1, Alice, Token);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Message.Key == "ModelUnknownReference" && d.Path == "assets[0].zone");
        Assert.Equal("line", (await FreshModelAsync(database, "small-plant"))!.Assets.Single().Zone);
        Assert.Equal(1, await database.Open().AuditEntries.CountAsync(Token));
    }

    [Theory]
    [DatabaseProviders]
    public async Task Every_change_is_audited_with_before_and_after(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var context = await database.MigratedAsync();
        var store = Store(context);
        await store.ImportAsync(Sample("minimal.yaml"), "minimal.yaml", Alice, Token);
        var zone = JsonNode.Parse("""{"id":"office","name":"事務所","template":"enterprise"}""")!.AsObject();

        var created = await store.SaveObjectAsync(await SiteAsync(context, "small-plant"), "zones", zone, expectedVersion: null, Bob, Token);

        Assert.Equal(1, created.Version);
        var entry = await database.Open().AuditEntries.OrderBy(e => e.Id).LastAsync(Token);
        Assert.Equal(("create", "zones", "office", "bob"), (entry.Action, entry.Section, entry.Key, entry.UserName));
        Assert.Null(entry.Before);
        Assert.Contains("事務所", entry.After!, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero), entry.At);
    }

    /// <summary>Line 2's firewall status moved to line 1 (a new key for the same object), the safety zone given its own, the wireless status deleted.</summary>
    private static ObjectChange[] Moves(int wireless) =>
    [
        new(JsonNode.Parse("""{"id":"net-zone-firewall","status":"partial","scope":["control-line1"],"owner":"plant-eng"}""")!.AsObject(), 1) { Replaces = "net-zone-firewall@control-line2" },
        new(JsonNode.Parse("""{"id":"net-zone-firewall","status":"implemented","scope":["safety"]}""")!.AsObject(), null),
        ObjectChange.Delete("net-wireless@warehouse", wireless),
    ];

    /// <summary>The sample smart factory imported, then <see cref="Moves"/> saved as one batch: the site as read before it, and the batch's outcome.</summary>
    private static async Task<(SiteEntity Site, BatchSaveResult Saved)> MovedAsync(TestDatabase database, int wireless)
    {
        await using var context = await database.MigratedAsync();
        await Store(context).ImportAsync(Sample("smart-factory.yaml"), "smart-factory.yaml", Alice, Token);
        var site = await SiteAsync(context, "kawasaki");
        return (site, await Store(context).SaveObjectsAsync(site, "countermeasures", Moves(wireless), Alice, Token));
    }

    [Theory]
    [DatabaseProviders]
    public async Task A_batch_updates_under_a_new_key_adds_and_deletes_together_each_audited(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var (site, saved) = await MovedAsync(database, wireless: 1);

        Assert.True(saved.Succeeded);
        await using var reading = database.Open();
        var after = await SiteAsync(reading, "kawasaki");
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

        var (site, saved) = await MovedAsync(database, wireless: 7);

        Assert.False(saved.Succeeded);
        Assert.Equal([2], saved.Stale);
        await using var reading = database.Open();
        Assert.Equal(site.ModelRevision, (await SiteAsync(reading, "kawasaki")).ModelRevision);
        Assert.Contains((await Store(reading).ModelAsync(site, Token))!.Countermeasures, s => s.Key == "net-wireless@warehouse");
        Assert.Equal(0, await reading.AuditEntries.CountAsync(a => a.Section == "countermeasures", Token));
    }
}
