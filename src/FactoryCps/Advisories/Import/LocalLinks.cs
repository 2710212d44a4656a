namespace FactoryCps.Advisories.Import;

/// <summary>
/// Maps the absolute URLs of a provider's feed to files of a local copy: a URL below the feed's own address
/// (its <c>self</c> link) is the same relative path below the feed's folder. fcps never fetches a URL, and a
/// link can never reach outside that folder (no "..", no other host), so a hostile feed cannot name local files.
/// </summary>
internal sealed class LocalLinks(string localFolder, string? selfUrl)
{
    private readonly string _root = Path.GetFullPath(localFolder);
    private readonly Uri? _base = selfUrl is not null && Uri.TryCreate(selfUrl, UriKind.Absolute, out var self) ? new Uri(self, ".") : null;

    /// <summary>The local path of a link, or null when it is not below the feed's address.</summary>
    public string? Resolve(string href)
    {
        string? relative = null;
        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" or "file")
        {
            if (_base is not null && _base.IsBaseOf(absolute))
            {
                relative = Uri.UnescapeDataString(_base.MakeRelativeUri(absolute).OriginalString);
            }
        }
        else if (Uri.TryCreate(href, UriKind.Relative, out _) && !Path.IsPathRooted(href))
        {
            relative = Uri.UnescapeDataString(href.Split('?', '#')[0]);
        }

        if (string.IsNullOrEmpty(relative) || relative.Contains('?', StringComparison.Ordinal))
        {
            return null;
        }

        var local = Path.GetFullPath(Path.Combine(_root, relative.Replace('/', Path.DirectorySeparatorChar)));
        return local.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? local : null;
    }
}
