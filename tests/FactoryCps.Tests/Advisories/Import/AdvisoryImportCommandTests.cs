using System.Text.Json.Nodes;
using FactoryCps.Tests.Cli;
using FactoryCps.Tests.Data;
using FactoryCps.Web.Advisories;
using FactoryCps.Web.Audit;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Tests.Advisories.Import;

/// <summary>fcps advisories import on both databases: versions, history, conflicts, rejections that write nothing.</summary>
public sealed class AdvisoryImportCommandTests
{
    private static CliResult Import(TestDatabase database, params string[] paths) =>
        CliRunner.Run(["advisories", "import", .. paths, "--database", database.ConnectionString, "--lang", "en"]);

    private static JsonObject ImportJson(TestDatabase database, params string[] paths) =>
        JsonNode.Parse(CliRunner.Run(["advisories", "import", .. paths, "--database", database.ConnectionString, "--format", "json"]).Out)!.AsObject();

    [Theory]
    [DatabaseProviders]
    public async Task Versions_replace_keep_history_and_refuse_other_content_under_the_same_version(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var folder = new AdvisoryFolder();
        var v1 = folder.Write("v1/icsma-17-227-01.json", AdvisoryFolder.SampleVersion(1));
        var v2 = folder.Write("v2/icsma-17-227-01.json", AdvisoryFolder.SampleVersion(2));
        var v3 = folder.Write("v3/icsma-17-227-01.json", AdvisoryFolder.SampleVersion(3));
        var v2Other = folder.Write("v2-other/icsma-17-227-01.json", AdvisoryFolder.SampleVersion(2, "Another title"));

        var first = Import(database, v2);
        var again = Import(database, v2);
        var newer = Import(database, v3);
        var older = Import(database, v1);
        var conflict = Import(database, v2Other);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Imported 1, updated 0, unchanged 0, older kept 0, rejected 0 (1 files in", first.Out, StringComparison.Ordinal);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("Imported 0, updated 0, unchanged 1, older kept 0, rejected 0", again.Out, StringComparison.Ordinal);
        Assert.Contains("updated ICSMA-17-227-01: version 2 → 3 (the previous version stays in the history)", newer.Out, StringComparison.Ordinal);
        Assert.Equal(0, older.ExitCode);
        Assert.Contains("older version ICSMA-17-227-01 1 kept in the history; version 3 stays current", older.Out, StringComparison.Ordinal);
        Assert.Equal(2, conflict.ExitCode);
        Assert.Contains($"rejected {v2Other}: /document/tracking/version: ICSMA-17-227-01 version 2 is already imported with different content (stored SHA-256 ", conflict.Out, StringComparison.Ordinal);

        await using var context = database.Open();
        var advisory = await context.Set<AdvisoryEntity>().Include(a => a.Revisions).SingleAsync(Token);
        Assert.Equal(("https://www.cisa.gov/", "ICSMA-17-227-01", "3"), (advisory.PublisherNamespace, advisory.TrackingId, advisory.Version));
        Assert.Equal(["1", "2", "3"], advisory.Revisions.Select(r => r.Version).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(advisory.Revisions, r => r.Title == "Another title");
        Assert.Equal(File.ReadAllBytes(v3), AdvisoryDocuments.Decompress(advisory.Document));
        Assert.True(advisory.MaxCvss > 0);
        Assert.NotEmpty(advisory.Cves);
        // Three versions written; the unchanged import and the conflict wrote nothing.
        Assert.Equal(3, await context.AuditEntries.CountAsync(e => e.Section == "advisories", Token));
    }

    [Theory]
    [DatabaseProviders]
    public async Task Rejected_files_write_nothing_and_exit_2_while_good_ones_are_stored(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var folder = new AdvisoryFolder();
        folder.Write("good.json", AdvisoryFolder.Sample());
        var broken = folder.Write("broken.json", "{ \"document\": "u8.ToArray());
        var wrongHash = folder.Write("wrong-hash.json", AdvisoryFolder.SampleVersion(2));
        File.WriteAllText(wrongHash + ".sha512", new string('a', 128));
        var schemaInvalid = AdvisoryFolder.SampleVersion(3);
        schemaInvalid["document"]!["tracking"]!["status"] = "published";
        var invalid = folder.Write("schema-invalid.json", schemaInvalid);

        var result = ImportJson(database, folder.Root);

        Assert.Equal(1, (int)result["imported"]!);
        Assert.Equal(3, (int)result["rejected"]!);
        var rejected = result["files"]!.AsArray().Where(f => (string)f!["outcome"]! == "rejected").ToDictionary(f => (string)f!["file"]!, f => f!["errors"]!.AsArray());
        Assert.Equal("CsafJsonSyntax", (string)rejected[broken][0]!["key"]!);
        Assert.Equal("AdvisoryHashMismatch", (string)rejected[wrongHash][0]!["key"]!);
        Assert.Contains(rejected[invalid], e => (string)e!["key"]! == "CsafSchemaError" && (string)e["path"]! == "/document/tracking/status");
        await using var context = database.Open();
        Assert.Equal("1", (await context.Set<AdvisoryEntity>().SingleAsync(Token)).Version);
        Assert.Equal(1, await context.Set<AdvisoryRevisionEntity>().CountAsync(Token));
    }

    /// <summary>The whole CISA set once per provider: every advisory stored, the 174 that fail 6.1.31 with that verdict; then again, all unchanged.</summary>
    [Theory]
    [DatabaseProviders]
    public async Task The_cisa_set_imports_completely_and_reimports_unchanged(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var first = ImportJson(database, AdvisoryFolder.CisaFolder);
        var second = Import(database, AdvisoryFolder.CisaFolder);

        Assert.Equal(2035, (int)first["imported"]!);
        Assert.Equal(0, (int)first["rejected"]!);
        Assert.Equal(344, first["notPresent"]!.AsArray().Count);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("Imported 0, updated 0, unchanged 2035, older kept 0, rejected 0 (2035 files in", second.Out, StringComparison.Ordinal);
        await using var context = database.Open();
        var advisories = context.Set<AdvisoryEntity>().AsNoTracking();
        Assert.Equal(2035, await advisories.CountAsync(Token));
        Assert.Equal(174, await advisories.CountAsync(a => !a.IsValid && a.FailedTests.Contains("6.1.31"), Token));
        Assert.Equal(2035, await context.Set<AdvisoryRevisionEntity>().CountAsync(Token));
        var largest = await advisories.SingleAsync(a => a.TrackingId == "ICSA-23-348-10", Token);
        Assert.Equal(404, largest.Cves.Split(' ').Length);
    }
}
