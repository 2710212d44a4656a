using System.Globalization;
using System.Text.Encodings.Web;
using FactoryCps.Web.Security;
using FactoryCps.Web.Shared;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Caching.Memory;

namespace FactoryCps.Web.Provenance;

/// <summary>
/// The provenance page's tables rendered once per site revision, analysis day, language and list query: every
/// row carries its whole chain of reasons, so rendering costs far more than sending, and the content is the same
/// for every viewer (it shows the analysis, nothing of a user, no form). A search or another page is kept too,
/// within a budget of its own so that no amount of searching pushes the site models out of the shared cache.
/// </summary>
internal sealed class RenderedProvenance(HtmlEncoder encoder) : IDisposable
{
    /// <summary>About a hundred first pages of a 10,000-asset site (137 KB each).</summary>
    public const long BudgetChars = 8 * 1024 * 1024;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = BudgetChars });

    /// <summary>What the content is rendered from: the analysis is one per (site, revision, day), the text one per language.</summary>
    public static ProvenanceKey KeyOf(SiteContext access, DateOnly analysisDay, string? list, ListQuery query) =>
        new(access.Site.Id, access.Site.Key, access.Site.ModelRevision, analysisDay, CultureInfo.CurrentCulture.Name, CultureInfo.CurrentUICulture.Name, list, query.Page, query.Size, query.Search);

    /// <summary>How many renderings are kept (the tests see with it that a view was kept, or served).</summary>
    public int Count => _cache.Count;

    public IHtmlContent? Find(ProvenanceKey key) => _cache.TryGetValue(key, out HtmlString? kept) ? kept : null;

    /// <summary>Keeps <paramref name="content"/> as rendered for <paramref name="key"/>; returns it to be written to this response.</summary>
    public IHtmlContent Keep(ProvenanceKey key, IHtmlContent content)
    {
        var html = RenderedHtml.Freeze(content, encoder);
        _cache.Set(key, html, new MemoryCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(10), Size = html.Value!.Length });
        return html;
    }

    public void Dispose() => _cache.Dispose();
}

/// <summary>One rendering of the page's content: a new revision or day is a new key, and old keys expire unread.</summary>
internal sealed record ProvenanceKey(int SiteId, string SiteKey, long ModelRevision, DateOnly AnalysisDay, string Culture, string UiCulture, string? List, int Page, int Size, string? Search);
