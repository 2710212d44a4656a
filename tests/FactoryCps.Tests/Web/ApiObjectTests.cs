using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using static FactoryCps.Tests.Web.ApiClients;

namespace FactoryCps.Tests.Web;

/// <summary>The model object by object: list, create, read, update and delete with ETag / If-Match, errors, and the audit log.</summary>
public sealed class ApiObjectTests
{
    private const string Assets = $"/api/v1/sites/{Site}/assets";

    [Theory]
    [DatabaseProviders]
    public async Task An_object_is_created_read_updated_and_deleted_with_its_version(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var engineer = await ForAsync(factory, "engineer@example.com", "engineer");
        var ct = TestContext.Current.CancellationToken;

        var created = await engineer.PostAsync(Assets, JsonBody(NewAsset()), ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"{Assets}/sensor-line1", created.Headers.Location!.OriginalString);
        Assert.Equal("\"1\"", created.Headers.ETag!.ToString());

        var read = await engineer.GetAsync(created.Headers.Location, ct);
        Assert.Equal("\"1\"", read.Headers.ETag!.ToString());
        var body = (await ReadAsync(read)).AsObject();
        Assert.True(JsonNode.DeepEquals(NewAsset(), body), body.ToJsonString());

        var list = await ReadAsync(await engineer.GetAsync(Assets, ct));
        Assert.Equal("assets", (string?)list["section"]);
        var item = list["items"]!.AsArray().Single(i => (string?)i!["key"] == "sensor-line1")!;
        Assert.Equal(1, (int)item["version"]!);
        Assert.Equal("engineer@example.com", (string?)item["updatedBy"]);
        Assert.Equal("ライン1 温度センサ", (string?)item["object"]!["name"]);
        Assert.Contains(list["items"]!.AsArray(), i => (string?)i!["key"] == "plc-line1");

        // An update needs the version read; without it nothing changes.
        var renamed = NewAsset(name: "ライン1 温度センサ（更新）");
        await ProblemAsync(await engineer.SendAsync(Request(HttpMethod.Put, $"{Assets}/sensor-line1", renamed), ct), HttpStatusCode.PreconditionRequired);
        await ProblemAsync(await engineer.SendAsync(Request(HttpMethod.Put, $"{Assets}/sensor-line1", renamed, "*"), ct), HttpStatusCode.PreconditionRequired);
        var updated = await engineer.SendAsync(Request(HttpMethod.Put, $"{Assets}/sensor-line1", renamed, "\"1\""), ct);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("\"2\"", updated.Headers.ETag!.ToString());
        Assert.Equal("ライン1 温度センサ（更新）", (string?)(await ReadAsync(await engineer.GetAsync($"{Assets}/sensor-line1", ct)))["name"]);

        // Renaming through PUT would break references: the id must match the address.
        var moved = await engineer.SendAsync(Request(HttpMethod.Put, $"{Assets}/sensor-line1", NewAsset("sensor-x"), "\"2\""), ct);
        Assert.Equal("id", (string?)(await ProblemAsync(moved, HttpStatusCode.BadRequest))["errors"]![0]!["path"]);

        await ProblemAsync(await engineer.SendAsync(Request(HttpMethod.Delete, $"{Assets}/sensor-line1"), ct), HttpStatusCode.PreconditionRequired);
        Assert.Equal(HttpStatusCode.NoContent, (await engineer.SendAsync(Request(HttpMethod.Delete, $"{Assets}/sensor-line1", ifMatch: "\"2\""), ct)).StatusCode);
        await ProblemAsync(await engineer.GetAsync($"{Assets}/sensor-line1", ct), HttpStatusCode.NotFound);

        // Creating what exists is a conflict that shows what is there.
        var twice = await ProblemAsync(await engineer.PostAsync(Assets, JsonBody(NewAsset("plc-line1")), ct), HttpStatusCode.Conflict);
        Assert.Equal("ライン1 PLC", (string?)twice["current"]!["name"]);
        Assert.Equal(1, (int)twice["currentVersion"]!);
    }

    [Theory]
    [DatabaseProviders]
    public async Task A_stale_version_is_refused_with_the_current_object_and_nothing_is_overwritten(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var alice = await ForAsync(factory, "alice@example.com", "engineer");
        var bob = await ForAsync(factory, "bob@example.com", "site-manager");
        var ct = TestContext.Current.CancellationToken;
        const string Address = $"/api/v1/sites/{Site}/countermeasures/net-remote-access-gateway";

        var read = await alice.GetAsync(Address, ct);
        var version = read.Headers.ETag!.ToString();
        Assert.Equal("\"1\"", version);
        var original = (await ReadAsync(read)).AsObject();
        Assert.Equal("planned", (string?)original["status"]);

        var bobs = original.DeepClone().AsObject();
        bobs["status"] = "implemented";
        bobs.Remove("due");
        Assert.Equal(HttpStatusCode.OK, (await bob.SendAsync(Request(HttpMethod.Put, Address, bobs, version), ct)).StatusCode);

        var alices = original.DeepClone().AsObject();
        alices["status"] = "missing";
        var stale = await ProblemAsync(await alice.SendAsync(Request(HttpMethod.Put, Address, alices, version), ct), HttpStatusCode.PreconditionFailed);
        Assert.Equal("urn:factorycps:problem:stale-version", (string?)stale["type"]);
        Assert.Equal(2, (int)stale["currentVersion"]!);
        Assert.True(JsonNode.DeepEquals(bobs, stale["current"]), stale.ToJsonString());
        await ProblemAsync(await alice.SendAsync(Request(HttpMethod.Delete, Address, ifMatch: version), ct), HttpStatusCode.PreconditionFailed);

        var now = await alice.GetAsync(Address, ct);
        Assert.Equal("\"2\"", now.Headers.ETag!.ToString());
        Assert.Equal("implemented", (string?)(await ReadAsync(now))["status"]);

        // A zone-scoped status has its own address: id@zones.
        var scoped = await ReadAsync(await alice.GetAsync($"/api/v1/sites/{Site}/countermeasures/net-zone-firewall@control-line2", ct));
        Assert.Equal("partial", (string?)scoped["status"]);
    }

    [Theory]
    [DatabaseProviders]
    public async Task An_invalid_object_is_refused_with_problem_details_naming_the_field_and_nothing_is_saved(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var engineer = await ForAsync(factory, "engineer@example.com", "engineer");
        var ct = TestContext.Current.CancellationToken;
        var count = (await ReadAsync(await engineer.GetAsync(Assets, ct)))["items"]!.AsArray().Count;

        var wrong = NewAsset();
        wrong["zone"] = "no-such-zone";
        var problem = await ProblemAsync(await engineer.PostAsync(Assets, JsonBody(wrong), ct), HttpStatusCode.BadRequest);
        Assert.Equal("urn:factorycps:problem:invalid", (string?)problem["type"]);
        var error = problem["errors"]!.AsArray().Single()!;
        Assert.Equal($"assets[{count}].zone", (string?)error["path"]);
        Assert.Contains("no-such-zone", (string?)error["message"], StringComparison.Ordinal);
        Assert.Null(error["line"]);
        await ProblemAsync(await engineer.GetAsync($"{Assets}/sensor-line1", ct), HttpStatusCode.NotFound);

        // Japanese unless the client asks otherwise.
        var japanese = Bare(factory, (engineer.DefaultRequestHeaders.Authorization!.Parameter)!, "ja");
        var inJapanese = await ProblemAsync(await japanese.PostAsync(Assets, JsonBody(wrong), ct), HttpStatusCode.BadRequest);
        Assert.NotEqual((string?)error["message"], (string?)inJapanese["errors"]![0]!["message"]);
        Assert.Equal((string?)error["code"], (string?)inJapanese["errors"]![0]!["code"]);

        // An update that breaks the model keeps the stored version.
        var broken = (await ReadAsync(await engineer.GetAsync($"{Assets}/plc-line1", ct))).AsObject();
        broken["operations"] = new JsonArray("no-such-operation");
        var refused = await ProblemAsync(await engineer.SendAsync(Request(HttpMethod.Put, $"{Assets}/plc-line1", broken, "\"1\""), ct), HttpStatusCode.BadRequest);
        Assert.StartsWith("assets[", (string?)refused["errors"]![0]!["path"], StringComparison.Ordinal);
        Assert.EndsWith(".operations[0]", (string?)refused["errors"]![0]!["path"], StringComparison.Ordinal);
        Assert.Equal("\"1\"", (await engineer.GetAsync($"{Assets}/plc-line1", ct)).Headers.ETag!.ToString());

        // Deleting a zone that assets still sit in is refused and names them.
        var zone = await engineer.SendAsync(Request(HttpMethod.Delete, $"/api/v1/sites/{Site}/zones/control-line1", ifMatch: "\"1\""), ct);
        var kept = await ProblemAsync(zone, HttpStatusCode.BadRequest);
        Assert.Contains(kept["errors"]!.AsArray(), e => ((string?)e!["path"])!.EndsWith(".zone", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await engineer.GetAsync($"/api/v1/sites/{Site}/zones/control-line1", ct)).StatusCode);

        // A body that is not JSON says where.
        var garbled = new StringContent("{\n  \"id\": \"x\",\n  oops\n}", Encoding.UTF8, "application/json");
        var syntax = await ProblemAsync(await engineer.PostAsync(Assets, garbled, ct), HttpStatusCode.BadRequest);
        Assert.Equal(3, (int)syntax["errors"]![0]!["line"]!);
    }

    [Theory]
    [DatabaseProviders]
    public async Task The_site_and_bcp_are_single_objects(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var manager = await ForAsync(factory, "manager@example.com", "site-manager");
        var ct = TestContext.Current.CancellationToken;
        const string Bcp = $"/api/v1/sites/{Site}/bcp";

        var read = await manager.GetAsync(Bcp, ct);
        Assert.Equal("\"1\"", read.Headers.ETag!.ToString());
        var bcp = (await ReadAsync(read)).AsObject();
        bcp["reviewed"] = "2026-09-01";
        var saved = await manager.SendAsync(Request(HttpMethod.Put, Bcp, bcp, "\"1\""), ct);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("2026-09-01", (string?)(await ReadAsync(await manager.GetAsync(Bcp, ct)))["reviewed"]);

        var site = (await ReadAsync(await manager.GetAsync($"/api/v1/sites/{Site}/site", ct))).AsObject();
        site["id"] = "renamed";
        var fixedId = await ProblemAsync(await manager.SendAsync(Request(HttpMethod.Put, $"/api/v1/sites/{Site}/site", site, "\"1\""), ct), HttpStatusCode.BadRequest);
        Assert.Equal("site.id", (string?)fixedId["errors"]![0]!["path"]);
        await ProblemAsync(await manager.SendAsync(Request(HttpMethod.Delete, $"/api/v1/sites/{Site}/site", ifMatch: "\"1\""), ct), HttpStatusCode.MethodNotAllowed);
        await ProblemAsync(await manager.SendAsync(Request(HttpMethod.Put, Assets, NewAsset(), "\"1\""), ct), HttpStatusCode.MethodNotAllowed);

        Assert.Equal(HttpStatusCode.NoContent, (await manager.SendAsync(Request(HttpMethod.Delete, Bcp, ifMatch: "\"2\""), ct)).StatusCode);
        await ProblemAsync(await manager.GetAsync(Bcp, ct), HttpStatusCode.NotFound);
        var recreated = await manager.PostAsync(Bcp, JsonBody(new JsonObject { ["reviewed"] = "2026-10-01" }), ct);
        Assert.Equal(HttpStatusCode.Created, recreated.StatusCode);
        Assert.Equal(Bcp, recreated.Headers.Location!.OriginalString);
    }

    [Theory]
    [DatabaseProviders]
    public async Task Every_change_is_in_the_audit_log_which_pages(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var engineer = await ForAsync(factory, "engineer@example.com", "engineer");
        var executive = await ForAsync(factory, "executive@example.com", "executive");
        var ct = TestContext.Current.CancellationToken;

        var start = await ReadAsync(await executive.GetAsync($"/api/v1/sites/{Site}/audit", ct));
        // The demo site's start: its model imported, then its sample SBOMs attached.
        var startEntries = start["entries"]!.AsArray();
        Assert.Equal("import", (string?)startEntries[0]!["action"]);
        Assert.Null(start["next"]);

        Assert.Equal(HttpStatusCode.Created, (await engineer.PostAsync(Assets, JsonBody(NewAsset()), ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await engineer.SendAsync(Request(HttpMethod.Put, $"{Assets}/sensor-line1", NewAsset(name: "更新"), "\"1\""), ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await engineer.SendAsync(Request(HttpMethod.Delete, $"{Assets}/sensor-line1", ifMatch: "\"2\""), ct)).StatusCode);
        var wrong = NewAsset("other");
        wrong["zone"] = "nowhere";
        Assert.Equal(HttpStatusCode.BadRequest, (await engineer.PostAsync(Assets, JsonBody(wrong), ct)).StatusCode);

        var after = (long)startEntries[^1]!["id"]!;
        var page = await ReadAsync(await executive.GetAsync($"/api/v1/sites/{Site}/audit?after={after}&limit=2", ct));
        var entries = page["entries"]!.AsArray();
        Assert.Equal(["create", "update"], entries.Select(e => (string?)e!["action"]));
        Assert.All(entries, e => Assert.Equal("engineer@example.com", (string?)e!["userName"]));
        Assert.All(entries, e => Assert.Equal("sensor-line1", (string?)e!["key"]));
        Assert.Null(entries[0]!["before"]);
        Assert.Equal("ライン1 温度センサ", (string?)entries[1]!["before"]!["name"]);
        Assert.Equal("更新", (string?)entries[1]!["after"]!["name"]);
        Assert.Equal((long)entries[1]!["id"]!, (long)page["next"]!);

        var last = await ReadAsync(await executive.GetAsync($"/api/v1/sites/{Site}/audit?after={(long)page["next"]!}&limit=2", ct));
        var deleted = last["entries"]!.AsArray().Single()!;
        Assert.Equal("delete", (string?)deleted["action"]);
        Assert.Equal("更新", (string?)deleted["before"]!["name"]);
        Assert.Null(last["next"]);

        await ProblemAsync(await executive.GetAsync($"/api/v1/sites/{Site}/audit?limit=501", ct), HttpStatusCode.BadRequest);
        await ProblemAsync(await executive.GetAsync($"/api/v1/sites/{Site}/audit?limit=0", ct), HttpStatusCode.BadRequest);
    }
}
