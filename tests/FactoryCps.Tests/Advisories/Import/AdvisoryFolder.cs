using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace FactoryCps.Tests.Advisories.Import;

/// <summary>
/// A temporary provider folder for import tests, built from a small real CISA advisory: documents with their
/// .sha512 files, and a ROLIE feed whose links use the provider's address (as published), mapped to the folder.
/// </summary>
internal sealed class AdvisoryFolder : IDisposable
{
    public const string BaseUrl = "https://psirt.example.com/csaf/white/";

    public AdvisoryFolder() => Root = Directory.CreateTempSubdirectory("fcps-adv-").FullName;

    public string Root { get; }

    public static string CisaFolder => Path.Combine(TestPaths.Shared, "data", "cisa-csaf-ics", "csaf_files", "OT", "white");

    /// <summary>ICSMA-17-227-01 (4 KB), version 1, schema-valid.</summary>
    public static JsonObject Sample() => JsonNode.Parse(File.ReadAllText(Path.Combine(CisaFolder, "2017", "icsma-17-227-01.json")))!.AsObject();

    /// <summary>The sample as a later version: the tracking version and a matching revision history entry.</summary>
    public static JsonObject SampleVersion(int version, string? title = null)
    {
        var document = Sample();
        var tracking = document["document"]!["tracking"]!.AsObject();
        tracking["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var date = $"2017-{8 + version:00}-01T00:00:00.000000Z";
        tracking["current_release_date"] = date;
        var history = tracking["revision_history"]!.AsArray();
        for (var number = 2; number <= version; number++)
        {
            history.Add(new JsonObject { ["date"] = $"2017-{8 + number:00}-01T00:00:00.000000Z", ["number"] = number.ToString(System.Globalization.CultureInfo.InvariantCulture), ["summary"] = "Update" });
        }

        if (title is not null)
        {
            document["document"]!["title"] = title;
        }

        return document;
    }

    public string Write(string relative, JsonNode json, bool sha512 = true) => Write(relative, Encoding.UTF8.GetBytes(json.ToJsonString()), sha512);

    public string Write(string relative, byte[] content, bool sha512 = true)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        if (sha512)
        {
            File.WriteAllText(path + ".sha512", $"{Convert.ToHexStringLower(SHA512.HashData(content))}  {Path.GetFileName(path)}\n");
        }

        return path;
    }

    /// <summary>A ROLIE feed at <c>feed-tlp-white.json</c> listing the given paths (relative to the folder), each with a hash link.</summary>
    public string WriteFeed(params string[] entries)
    {
        var feed = new JsonObject
        {
            ["feed"] = new JsonObject
            {
                ["id"] = "example-feed",
                ["title"] = "Example feed",
                ["link"] = new JsonArray(new JsonObject { ["rel"] = "self", ["href"] = BaseUrl + "feed-tlp-white.json" }),
                ["updated"] = "2024-01-01T00:00:00Z",
                ["entry"] = new JsonArray([.. entries.Select(e => (JsonNode)new JsonObject
                {
                    ["id"] = e,
                    ["title"] = e,
                    ["link"] = new JsonArray(
                        new JsonObject { ["rel"] = "self", ["href"] = BaseUrl + e },
                        new JsonObject { ["rel"] = "hash", ["href"] = BaseUrl + e + ".sha512" }),
                    ["content"] = new JsonObject { ["type"] = "application/json", ["src"] = BaseUrl + e },
                })]),
            },
        };
        return Write("feed-tlp-white.json", feed, sha512: false);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
