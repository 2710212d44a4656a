namespace FactoryCps.Web.Shared;

/// <summary>
/// One page of a long list after the search: the rows shown, how many matched and how many there are in all, and
/// the links to the other pages. A list that fits one page, unsearched, shows no paging at all.
/// </summary>
internal sealed class ListPage<T>
{
    private ListPage(IReadOnlyList<T> items, int matching, int total, ListQuery query)
    {
        Items = items;
        Matching = matching;
        Total = total;
        Query = query;
    }

    public IReadOnlyList<T> Items { get; }

    /// <summary>The rows that match the search (all rows without one).</summary>
    public int Matching { get; }

    /// <summary>The rows of the whole list.</summary>
    public int Total { get; }

    public ListQuery Query { get; }

    public int PageCount => Math.Max(1, (Matching + Query.Size - 1) / Query.Size);

    /// <summary>The 1-based position of the first row shown (0 when none is).</summary>
    public int From => Items.Count == 0 ? 0 : (Query.Page - 1) * Query.Size + 1;

    public int To => From + Items.Count - (Items.Count == 0 ? 0 : 1);

    /// <summary>Whether the search, the totals and the page links are shown: not for a short list as it always was.</summary>
    public bool ShowsControls => Total > Query.Size || !Query.IsDefault;

    /// <summary>The search box, totals and page links of this page, linking to <paramref name="path"/> (a path the app built, never the request's host).</summary>
    public ListNav Nav(string id, string path, string? list = null) => new(id, path, list, Query, Matching, Total, From, To, PageCount, ShowsControls);

    /// <summary>The page of <paramref name="query"/>, or null when it lies past the last page.</summary>
    public static ListPage<T>? Of(IReadOnlyCollection<T> all, Func<T, bool> matches, ListQuery query)
    {
        IReadOnlyList<T> matching = query.Search is null ? all as IReadOnlyList<T> ?? [.. all] : [.. all.Where(matches)];
        var pages = Math.Max(1, (matching.Count + query.Size - 1) / query.Size);
        if (query.Page > pages)
        {
            return null;
        }

        var items = matching.Skip((query.Page - 1) * query.Size).Take(query.Size).ToList();
        return new ListPage<T>(items, matching.Count, all.Count, query);
    }
}

/// <summary>What the list navigation (_ListNav) shows; <see cref="List"/> names the list on a page that has several.</summary>
internal sealed record ListNav(string Id, string Path, string? List, ListQuery Query, int Matching, int Total, int From, int To, int PageCount, bool ShowsControls)
{
    /// <summary>The link to page <paramref name="page"/> with the same size, search and list.</summary>
    public string Link(int page)
    {
        var parts = new List<string>();
        if (List is not null)
        {
            parts.Add($"list={Uri.EscapeDataString(List)}");
        }

        if (Query.Search is not null)
        {
            parts.Add($"{ListQuery.SearchParameter}={Uri.EscapeDataString(Query.Search)}");
        }

        if (Query.Size != Query.DefaultSize)
        {
            parts.Add(FormattableString.Invariant($"{ListQuery.SizeParameter}={Query.Size}"));
        }

        if (page != 1)
        {
            parts.Add(FormattableString.Invariant($"{ListQuery.PageParameter}={page}"));
        }

        return parts.Count == 0 ? Path : $"{Path}?{string.Join('&', parts)}";
    }
}
