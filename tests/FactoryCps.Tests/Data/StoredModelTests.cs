using System.Text.Json.Nodes;
using FactoryCps.Analysis;
using FactoryCps.Catalog.Loading;
using FactoryCps.Localization;
using FactoryCps.Model.Writing;
using FactoryCps.Reports;
using FactoryCps.Synthetic;
using FactoryCps.Web.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Time.Testing;

namespace FactoryCps.Tests.Data;

/// <summary>
/// A site's model built from its rows (no JSON document in between) is the model of the file it was imported from,
/// analysed alike; and it is built once per model revision.
/// </summary>
public sealed class StoredModelTests
{
    private static readonly DateOnly Date = new(2026, 11, 28);
    private static readonly Actor Alice = new("u-alice", "alice");

    private static SiteModelStore Store(FactoryCps.Web.Data.FcpsDbContext context, IMemoryCache? cache = null) =>
        new(context, CatalogLoader.Default, new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero)), cache);

    public static TheoryData<string, string> Models()
    {
        var data = new TheoryData<string, string>();
        foreach (var provider in new[] { "sqlite", "postgresql" })
        {
            data.Add(provider, "demo");
            data.Add(provider, "synthetic");
        }

        return data;
    }

    private static string Text(string model) => model == "demo"
        ? File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "samples", "smart-factory.yaml"))
        : SyntheticModel.Generate(new SyntheticModel.Size(Assets: 300, Zones: 20, Conduits: 60, DataFlows: 150, Externals: 5, Operations: 12), [.. CatalogLoader.Default.Countermeasures.Select(c => c.Id)]);

    [Theory]
    [MemberData(nameof(Models))]
    public async Task The_model_built_from_rows_is_the_files_model_with_the_same_analysis(string provider, string model)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var context = await database.MigratedAsync();
        var text = Text(model);
        var imported = await Store(context).ImportAsync(text, "model.yaml", Alice, Token);
        Assert.True(imported.Succeeded, string.Join("; ", imported.Diagnostics));

        await using var reading = database.Open();
        var site = await reading.Sites.AsNoTracking().SingleAsync(Token);
        var fromRows = await Store(reading).LoadedAsync(site, Token);
        var fromFile = ModelLoader.LoadText(text, "model.yaml", CatalogLoader.Default).Loaded!;
        var fromExport = ModelLoader.LoadText((await Store(reading).DocumentAsync(site, Token))!.ToJsonString(), "export.json", CatalogLoader.Default).Model!;

        Assert.True(JsonNode.DeepEquals(ModelWriter.Write(fromFile.Model), ModelWriter.Write(fromRows!.Model)));
        Assert.True(JsonNode.DeepEquals(ModelWriter.Write(fromExport), ModelWriter.Write(fromRows.Model)));
        Assert.Equal(Report(fromFile), Report(fromRows));
        Assert.Equal($"{site.Key}.json", fromRows.Model.Assets[0].Location?.File);
    }

    [Theory]
    [DatabaseProviders]
    public async Task One_model_per_revision_and_a_new_one_after_a_change(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var context = await database.MigratedAsync();
        using var cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = 10 });
        Assert.True((await Store(context).ImportAsync(Text("demo"), "model.yaml", Alice, Token)).Succeeded);

        var site = await context.Sites.AsNoTracking().SingleAsync(Token);
        var first = await Store(context, cache).ModelAsync(site, Token);
        Assert.Same(first, await Store(context, cache).ModelAsync(site, Token));

        var asset = first!.Assets.First(a => a.Name is not null);
        var body = ModelWriter.Element(asset);
        body["name"] = "renamed";
        var saved = await Store(context, cache).SaveObjectAsync(site, "assets", body, expectedVersion: 1, Alice, Token);
        Assert.True(saved.Succeeded);
        var changed = await context.Sites.AsNoTracking().SingleAsync(Token);
        var second = await Store(context, cache).ModelAsync(changed, Token);
        Assert.Equal(site.ModelRevision + 1, changed.ModelRevision);
        Assert.Equal("renamed", second!.Assets.Single(a => a.Id == asset.Id).Name);
        Assert.Equal(asset.Name, first.Assets.Single(a => a.Id == asset.Id).Name);
    }

    [Theory]
    [DatabaseProviders]
    public async Task The_model_a_change_was_checked_with_is_the_next_revisions_model_as_the_rows_give_it(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var context = await database.MigratedAsync();
        using var cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = 10 });
        Assert.True((await Store(context).ImportAsync(Text("demo"), "model.yaml", Alice, Token)).Succeeded);
        var site = await context.Sites.AsNoTracking().SingleAsync(Token);
        var model = (await Store(context).ModelAsync(site, Token))!;

        var asset = model.Assets.First(a => a.Name is not null);
        var flow = model.DataFlows[0];
        var body = ModelWriter.Element(asset);
        body["name"] = "renamed";
        Assert.True((await Store(context, cache).SaveObjectAsync(site, "assets", body, expectedVersion: 1, Alice, Token)).Succeeded);
        await AssertCachedIsFreshAsync("renamed");

        // The site as the next request's access check reads it, at the revision the save made.
        var saved = await context.Sites.AsNoTracking().SingleAsync(Token);
        Assert.True((await Store(context, cache).DeleteObjectAsync(saved, "dataFlows", flow.Id, expectedVersion: 1, Alice, Token)).Succeeded);
        await AssertCachedIsFreshAsync(null);

        async Task AssertCachedIsFreshAsync(string? name)
        {
            await using var reading = database.Open();
            var now = await reading.Sites.AsNoTracking().SingleAsync(Token);
            var cached = await Store(reading, cache).LoadedAsync(now, Token);
            var fresh = await Store(reading).LoadedAsync(now, Token);

            // Kept by the change itself (no rows read for it), and the model the rows give, analysed alike.
            Assert.Same(cached, await Store(reading, cache).LoadedAsync(now, Token));
            Assert.NotSame(fresh, cached);
            Assert.True(JsonNode.DeepEquals(ModelWriter.Write(fresh!.Model), ModelWriter.Write(cached!.Model)));
            Assert.Equal(Report(fresh), Report(cached));
            Assert.Equal(fresh.Model.Assets[0].Location, cached.Model.Assets[0].Location);
            if (name is not null)
            {
                Assert.Equal(name, cached.Model.Assets.Single(a => a.Id == asset.Id).Name);
            }
            else
            {
                Assert.DoesNotContain(cached.Model.DataFlows, f => f.Id == flow.Id);
            }
        }
    }

    private static string Report(LoadedModel loaded) =>
        System.Text.Encoding.UTF8.GetString(ReportWriter.Render(new ReportContext(CatalogLoader.Default, ModelAnalyzer.Analyze(loaded, Date), Language.En, "test"), "json"));
}
