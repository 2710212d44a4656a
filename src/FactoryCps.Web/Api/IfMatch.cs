using Microsoft.Net.Http.Headers;

namespace FactoryCps.Web.Api;

/// <summary>
/// The versions an If-Match header names. Our ETags are strong (<c>"3"</c>); a weak or foreign tag never matches,
/// and <c>*</c> ("whatever is there") does not count as naming a version: a change must say what it changes.
/// </summary>
internal static class IfMatch
{
    /// <summary>The versions named; null when there is no usable precondition (absent, or only <c>*</c>).</summary>
    public static IReadOnlySet<int>? Of(HttpRequest request)
    {
        var values = request.Headers.IfMatch;
        if (values.Count == 0 || !EntityTagHeaderValue.TryParseList(values, out var tags) || tags.Count == 0 || tags.All(t => t.Equals(EntityTagHeaderValue.Any)))
        {
            return null;
        }

        var versions = new HashSet<int>();
        foreach (var tag in tags.Where(t => !t.IsWeak))
        {
            if (int.TryParse(tag.Tag.AsSpan(1, tag.Tag.Length - 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version))
            {
                versions.Add(version);
            }
        }

        return versions;
    }
}
