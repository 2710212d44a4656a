using System.Globalization;
using FactoryCps.Catalog;
using FactoryCps.Glossary;
using FactoryCps.Localization;
using FactoryCps.Web.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactoryCps.Web.Glossary;

/// <summary>
/// The catalogue's glossary as a page, for every signed-in user (it holds no site's data): each term in the reader's
/// language with the other language's word, its reading, definition, the words not used for it, its source and whose
/// words it is. Pages link their headings' words here (<see cref="GlossaryLinks"/>).
/// </summary>
internal sealed class IndexModel(GuidelineCatalog catalog) : PageModel
{
    public IReadOnlyList<GlossaryEntry> Entries { get; private set; } = [];

    public GuidelineCatalog Catalog => catalog;

    private static readonly StringComparer Gojuon = StringComparer.Create(CultureInfo.GetCultureInfo("ja"), ignoreCase: false);

    /// <summary>
    /// In the order of an Appendix A style table: by reading in gojūon order (Japanese collation, so that a voiced
    /// kana sorts with its unvoiced one) in Japanese, alphabetically in English.
    /// </summary>
    public void OnGet() => Entries = Lang.Current == Language.Ja
        ? [.. catalog.Glossary.OrderBy(g => g.Reading, Gojuon)]
        : [.. catalog.Glossary.OrderBy(g => g.Term.En, StringComparer.OrdinalIgnoreCase)];
}
