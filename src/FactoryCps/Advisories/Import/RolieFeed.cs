using System.Text.Json;
using FactoryCps.Diagnostics;

namespace FactoryCps.Advisories.Import;

/// <summary>One feed entry: its CSAF document (<c>content.src</c>, else the <c>self</c> link) and its hash links.</summary>
internal sealed record RolieEntry(string Href, string? ContentPath, IReadOnlyList<string> HashPaths);

/// <summary>
/// A CSAF ROLIE feed (CSAF 2.0 §7.1.16, RFC 8322): <c>feed.link[rel=self]</c> gives the feed's address and
/// each <c>feed.entry[]</c> links its document, its hash files (<c>rel: hash</c>) and signature. Links are
/// resolved to the local copy with <see cref="LocalLinks"/>; nothing is fetched.
/// </summary>
internal static class RolieFeed
{
    public static (IReadOnlyList<RolieEntry> Entries, AdvisoryProblem? Problem) Read(string path)
    {
        var (json, error) = CsafReader.Parse(path);
        if (json is null)
        {
            return ([], new AdvisoryProblem(path, error!.Path, error.Message));
        }

        using (json)
        {
            var feed = json.RootElement.Get("feed");
            if (feed is not { ValueKind: JsonValueKind.Object } || feed.Value.Get("entry") is not { ValueKind: JsonValueKind.Array })
            {
                return ([], new AdvisoryProblem(path, "/feed/entry", new Message("AdvisoryFeedInvalid")));
            }

            var links = new LocalLinks(Path.GetDirectoryName(Path.GetFullPath(path))!, SelfLink(feed.Value));
            var entries = new List<RolieEntry>();
            foreach (var entry in feed.Value.Items("entry"))
            {
                var content = entry.Get("content")?.Str("src") ?? entry.Items("link").Where(l => l.Str("rel") == "self").Select(l => l.Str("href")).FirstOrDefault();
                if (content is null)
                {
                    continue;
                }

                var hashes = entry.Items("link")
                    .Where(l => l.Str("rel") == "hash" && l.Str("href") is not null)
                    .Select(l => links.Resolve(l.Str("href")!) ?? l.Str("href")!)
                    .ToList();
                entries.Add(new RolieEntry(content, links.Resolve(content), hashes));
            }

            return (entries, null);
        }
    }

    /// <summary>The feed URLs a provider-metadata.json lists (<c>distributions[].rolie.feeds[].url</c>) and its own address.</summary>
    public static (string? CanonicalUrl, IReadOnlyList<string> FeedUrls, AdvisoryProblem? Problem) ReadProviderMetadata(string path)
    {
        var (json, error) = CsafReader.Parse(path);
        if (json is null)
        {
            return (null, [], new AdvisoryProblem(path, error!.Path, error.Message));
        }

        using (json)
        {
            var root = json.RootElement;
            var feeds = root.Items("distributions")
                .SelectMany(d => (d.Get("rolie") ?? default).Items("feeds"))
                .Select(f => f.Str("url"))
                .OfType<string>()
                .ToList();
            return (root.Str("canonical_url"), feeds, null);
        }
    }

    private static string? SelfLink(JsonElement feed) =>
        feed.Items("link").Where(l => l.Str("rel") == "self").Select(l => l.Str("href")).FirstOrDefault();
}
