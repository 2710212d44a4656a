using System.Text;
using System.Text.Json.Nodes;
using FactoryCps.Advisories;
using FactoryCps.Advisories.Import;
using FactoryCps.Localization;

namespace FactoryCps.Tests.Advisories.Import;

/// <summary>Finding advisories in files, folders and ROLIE feeds, and every way a file is refused before storage.</summary>
public sealed class AdvisoryDiscoveryTests
{
    private static string Rendered(AdvisoryProblem problem) => problem.Message.Render(Language.En);

    private static AdvisoryLoad LoadSingle(AdvisoryDiscovery discovery) => AdvisoryLoader.Load(Assert.Single(discovery.Files));

    [Fact]
    public void A_folder_with_a_feed_maps_its_links_to_local_files_and_reports_entries_it_does_not_have()
    {
        using var folder = new AdvisoryFolder();
        var present = folder.Write("2017/icsma-17-227-01.json", AdvisoryFolder.Sample());
        var unlisted = folder.Write("extra/other.json", AdvisoryFolder.SampleVersion(2));
        folder.WriteFeed("2017/icsma-17-227-01.json", "2024/not-mirrored.json");

        var discovery = AdvisoryDiscoverer.Discover([folder.Root]);

        Assert.Equal([present, unlisted], discovery.Files.Select(f => f.Path));
        Assert.Equal(Path.Combine(folder.Root, "2017", "icsma-17-227-01.json.sha512"), Assert.Single(discovery.Files[0].AnnouncedHashes).SidecarPath);
        Assert.Empty(discovery.Files[1].AnnouncedHashes);
        var missing = Assert.Single(discovery.NotPresent);
        Assert.Equal($"Listed in the feed but not present in the local copy: {AdvisoryFolder.BaseUrl}2024/not-mirrored.json", Rendered(missing));
        Assert.Empty(discovery.Problems);
        Assert.All(discovery.Files.Select(f => AdvisoryLoader.Load(f)), load => Assert.NotNull(load.Advisory));
    }

    [Fact]
    public void A_feed_link_outside_its_folder_is_never_read()
    {
        using var folder = new AdvisoryFolder();
        using var outside = new AdvisoryFolder();
        outside.Write("secret.json", AdvisoryFolder.Sample());
        var relative = Path.GetRelativePath(folder.Root, Path.Combine(outside.Root, "secret.json")).Replace('\\', '/');
        folder.WriteFeed(relative, "https://elsewhere.example.org/x.json");

        var discovery = AdvisoryDiscoverer.Discover([Path.Combine(folder.Root, "feed-tlp-white.json")]);

        Assert.Empty(discovery.Files);
        Assert.Equal(2, discovery.NotPresent.Count);
    }

    [Fact]
    public void Provider_metadata_stands_for_the_feeds_it_lists()
    {
        using var folder = new AdvisoryFolder();
        var advisory = folder.Write("2017/icsma-17-227-01.json", AdvisoryFolder.Sample());
        folder.WriteFeed("2017/icsma-17-227-01.json");
        var metadata = folder.Write("provider-metadata.json", new JsonObject
        {
            ["canonical_url"] = AdvisoryFolder.BaseUrl + "provider-metadata.json",
            ["metadata_version"] = "2.0",
            ["distributions"] = new JsonArray(new JsonObject { ["rolie"] = new JsonObject { ["feeds"] = new JsonArray(new JsonObject { ["url"] = AdvisoryFolder.BaseUrl + "feed-tlp-white.json" }) } }),
        }, sha512: false);

        var discovery = AdvisoryDiscoverer.Discover([metadata]);

        Assert.Equal(advisory, Assert.Single(discovery.Files).Path);
        Assert.Empty(discovery.Problems);
    }

    [Fact]
    public void A_wrong_hash_is_rejected_naming_the_hash_file()
    {
        using var folder = new AdvisoryFolder();
        var path = folder.Write("a.json", AdvisoryFolder.Sample());
        File.WriteAllText(path + ".sha256", new string('0', 64) + "  a.json\n");

        var load = LoadSingle(AdvisoryDiscoverer.Discover([folder.Root]));

        Assert.Null(load.Advisory);
        var problem = Assert.Single(load.Problems);
        Assert.Equal(path, problem.File);
        Assert.StartsWith($"The SHA-256 hash in {path}.sha256 does not match the file (expected {new string('0', 64)}, computed ", Rendered(problem), StringComparison.Ordinal);
    }

    [Fact]
    public void A_hash_the_feed_announces_must_be_there()
    {
        using var folder = new AdvisoryFolder();
        var path = folder.Write("2017/a.json", AdvisoryFolder.Sample(), sha512: false);
        var feed = folder.WriteFeed("2017/a.json");

        var load = LoadSingle(AdvisoryDiscoverer.Discover([folder.Root]));

        Assert.Null(load.Advisory);
        Assert.Equal($"The feed {feed} announces the hash file {path}.sha512, but it is missing.", Rendered(Assert.Single(load.Problems)));
    }

    [Fact]
    public void A_hash_file_that_is_not_a_hash_is_rejected()
    {
        using var folder = new AdvisoryFolder();
        var path = folder.Write("a.json", AdvisoryFolder.Sample(), sha512: false);
        File.WriteAllText(path + ".sha512", "not a hash\n");

        var load = LoadSingle(AdvisoryDiscoverer.Discover([path]));

        Assert.Equal($"The hash file {path}.sha512 does not start with a hexadecimal SHA-512 value.", Rendered(Assert.Single(load.Problems)));
    }

    [Fact]
    public void Malformed_json_is_rejected_with_line_column_and_reason()
    {
        using var folder = new AdvisoryFolder();
        var path = folder.Write("broken.json", Encoding.UTF8.GetBytes("{\n  \"document\": {\n    \"title\": \"x\",,\n  }\n}\n"));

        var load = LoadSingle(AdvisoryDiscoverer.Discover([path]));

        Assert.Null(load.Advisory);
        Assert.StartsWith("Invalid JSON at line 3, column 18: ',' cannot stand here", Rendered(Assert.Single(load.Problems)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_schema_invalid_document_is_rejected_with_the_json_pointer()
    {
        using var folder = new AdvisoryFolder();
        var document = AdvisoryFolder.Sample();
        document["document"]!["tracking"]!.AsObject().Remove("version");
        var path = folder.Write("no-version.json", document);

        var load = LoadSingle(AdvisoryDiscoverer.Discover([path]));

        Assert.Null(load.Advisory);
        Assert.Contains(load.Problems, p => p.Path == "/document/tracking" && Rendered(p).StartsWith("Does not match the CSAF 2.0 JSON schema:", StringComparison.Ordinal) && Rendered(p).Contains("version", StringComparison.Ordinal));
        Assert.All(load.Problems, p => Assert.Equal(path, p.File));
    }

    [Fact]
    public void A_file_larger_than_the_limit_is_rejected_unread()
    {
        using var folder = new AdvisoryFolder();
        var path = Path.Combine(folder.Root, "huge.json");
        using (var stream = File.Create(path))
        {
            stream.SetLength(CsafReader.MaxBytes + 1);
        }

        var load = LoadSingle(AdvisoryDiscoverer.Discover([path]));

        Assert.Null(load.Advisory);
        Assert.Equal($"The file has {CsafReader.MaxBytes + 1} bytes; CSAF documents are read up to {CsafReader.MaxBytes} bytes.", Rendered(Assert.Single(load.Problems)));
    }

    [Fact]
    public void A_deeply_nested_document_is_rejected()
    {
        using var folder = new AdvisoryFolder();
        var path = folder.Write("deep.json", Encoding.UTF8.GetBytes("{\"document\":" + string.Concat(Enumerable.Repeat("[", 200)) + string.Concat(Enumerable.Repeat("]", 200)) + "}"));

        var load = LoadSingle(AdvisoryDiscoverer.Discover([path]));

        Assert.Null(load.Advisory);
        var message = Rendered(Assert.Single(load.Problems));
        Assert.StartsWith("Invalid JSON at line 1, column ", message, StringComparison.Ordinal);
        Assert.Contains("depth", message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_document_failing_only_csaf_tests_is_importable_with_its_verdict()
    {
        var load = AdvisoryLoader.Load(new AdvisorySourceFile(Path.Combine(AdvisoryFolder.CisaFolder, "2017", "icsa-17-031-01a.json"), []));

        var advisory = Assert.IsType<ImportableAdvisory>(load.Advisory);
        Assert.False(advisory.IsValid);
        Assert.Contains("6.1.31", advisory.FailedTests);
        Assert.True(advisory.ErrorCount > 0);
        Assert.Equal("https://www.cisa.gov/", advisory.PublisherNamespace);
        Assert.Equal("ICSA-17-031-01A", advisory.TrackingId, ignoreCase: true);
    }

    [Fact]
    public void A_missing_path_is_a_problem()
    {
        var discovery = AdvisoryDiscoverer.Discover(["/no/such/advisories"]);

        Assert.Equal("File not found: /no/such/advisories", Rendered(Assert.Single(discovery.Problems)));
    }

    [Theory]
    [InlineData("1", "2", -1)]
    [InlineData("10", "9", 1)]
    [InlineData("1.0.0", "1.0.0-rc.1", 1)]
    [InlineData("2.1.0", "2.10.0", -1)]
    [InlineData("3", "3", 0)]
    public void Versions_are_ordered_as_csaf_versions(string left, string right, int sign) =>
        Assert.Equal(sign, Math.Sign(AdvisoryVersions.Compare(left, right)));
}
