using FactoryCps.Diagnostics;

namespace FactoryCps.Advisories.Import;

/// <summary>
/// Finds the advisories that paths name: a file is one advisory (or a feed or provider-metadata.json, which
/// stand for their entries); a folder is searched for <c>*.json</c> below it, and the ROLIE feeds in it announce
/// which hash files must be there. Only local files are read.
/// </summary>
internal static class AdvisoryDiscoverer
{
    public static AdvisoryDiscovery Discover(IEnumerable<string> paths)
    {
        var files = new Dictionary<string, List<AnnouncedHash>>(StringComparer.Ordinal);
        var order = new List<string>();
        var notPresent = new List<AdvisoryProblem>();
        var problems = new List<AdvisoryProblem>();

        void AddFile(string file, IEnumerable<AnnouncedHash> hashes)
        {
            if (!files.TryGetValue(file, out var announced))
            {
                files[file] = announced = [];
                order.Add(file);
            }

            announced.AddRange(hashes.Where(h => !announced.Any(a => a.SidecarPath == h.SidecarPath)));
        }

        void AddFeed(string feed)
        {
            var (entries, problem) = RolieFeed.Read(feed);
            if (problem is not null)
            {
                problems.Add(problem);
            }

            foreach (var entry in entries)
            {
                if (entry.ContentPath is null || !File.Exists(entry.ContentPath))
                {
                    notPresent.Add(new AdvisoryProblem(feed, "", new Message("AdvisoryFeedEntryNotPresent", entry.Href)));
                    continue;
                }

                AddFile(entry.ContentPath, entry.HashPaths.Select(h => new AnnouncedHash(h, feed)));
            }
        }

        foreach (var path in paths.Select(Path.GetFullPath))
        {
            if (Directory.Exists(path))
            {
                var jsonFiles = Directory.EnumerateFiles(path, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
                var kinds = jsonFiles.ToDictionary(f => f, JsonFileKinds.Of, StringComparer.Ordinal);
                // Feeds first, so that their hash announcements apply to the documents found by the folder walk too.
                foreach (var feed in jsonFiles.Where(f => kinds[f] == JsonFileKind.RolieFeed))
                {
                    AddFeed(feed);
                }

                foreach (var file in jsonFiles.Where(f => kinds[f] == JsonFileKind.Advisory))
                {
                    AddFile(file, []);
                }

                if (jsonFiles.Count == 0)
                {
                    problems.Add(new AdvisoryProblem(path, "", new Message("AdvisoryNoJsonFound", path)));
                }
            }
            else if (File.Exists(path))
            {
                switch (JsonFileKinds.Of(path))
                {
                    case JsonFileKind.RolieFeed:
                        AddFeed(path);
                        break;
                    case JsonFileKind.ProviderMetadata:
                        AddProviderFeeds(path, AddFeed, problems);
                        break;
                    default:
                        AddFile(path, []);
                        break;
                }
            }
            else
            {
                problems.Add(new AdvisoryProblem(path, "", new Message("CsafFileMissing", path)));
            }
        }

        return new AdvisoryDiscovery([.. order.Select(f => new AdvisorySourceFile(f, files[f]))], notPresent, problems);
    }

    /// <summary>A provider-metadata.json stands for the feeds it lists, found beside it as in the provider's folder.</summary>
    private static void AddProviderFeeds(string path, Action<string> addFeed, List<AdvisoryProblem> problems)
    {
        var (canonical, feeds, problem) = RolieFeed.ReadProviderMetadata(path);
        if (problem is not null)
        {
            problems.Add(problem);
            return;
        }

        var links = new LocalLinks(Path.GetDirectoryName(path)!, canonical);
        foreach (var url in feeds)
        {
            if (links.Resolve(url) is { } local && File.Exists(local))
            {
                addFeed(local);
            }
            else
            {
                problems.Add(new AdvisoryProblem(path, "/distributions", new Message("AdvisoryFeedNotLocal", url)));
            }
        }
    }
}
