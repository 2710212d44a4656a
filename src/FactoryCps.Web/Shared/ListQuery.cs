using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace FactoryCps.Web.Shared;

/// <summary>
/// Which part of a long list a page shows: <c>?page=N&amp;size=M&amp;q=text</c>. Read from the query string by hand
/// rather than bound, so that a malformed value is refused (400) instead of silently becoming the default, and so
/// that <c>page</c> does not meet the route value Razor Pages keeps under the same name.
/// </summary>
internal sealed record ListQuery(int Page, int Size, string? Search, int DefaultSize = ListQuery.StandardSize)
{
    /// <summary>The rows of a page when the query names no size and the page no other default.</summary>
    public const int StandardSize = 100;

    /// <summary>Enough for any screen; a larger page is the whole list the paging exists to avoid.</summary>
    public const int MaxSize = 500;

    public const int MaxSearch = 200;

    public const string PageParameter = "page";
    public const string SizeParameter = "size";
    public const string SearchParameter = "q";

    public static ListQuery First { get; } = new(1, StandardSize, null);

    /// <summary>Whether the request asks for a particular part of the list (otherwise the first page, unfiltered).</summary>
    public bool IsDefault => Page == 1 && Size == DefaultSize && Search is null;

    /// <summary>The query of a request; null when a value is malformed, repeated or out of range.</summary>
    public static ListQuery? Read(IQueryCollection query, int defaultSize = StandardSize)
    {
        if (!Number(query[PageParameter], 1, int.MaxValue, out var page)
            || !Number(query[SizeParameter], defaultSize, MaxSize, out var size)
            || query[SearchParameter].Count > 1)
        {
            return null;
        }

        var search = query[SearchParameter].ToString().Trim();
        if (search.Length > MaxSearch)
        {
            return null;
        }

        return new ListQuery(page, size, search.Length == 0 ? null : search, defaultSize);
    }

    /// <summary>Whether one of <paramref name="texts"/> contains the search (case-insensitive); without a search, everything matches.</summary>
    public bool Matches(params ReadOnlySpan<string?> texts)
    {
        if (Search is null)
        {
            return true;
        }

        foreach (var text in texts)
        {
            if (text is not null && text.Contains(Search, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Number(StringValues values, int absent, int max, out int value)
    {
        value = absent;
        if (values.Count == 0)
        {
            return true;
        }

        return values.Count == 1
            && int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out value)
            && value >= 1 && value <= max;
    }
}
