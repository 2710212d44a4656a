using FactoryCps.Analysis;
using FactoryCps.Provenance;
using FactoryCps.Reports;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Security;
using FactoryCps.Web.Shared;
using FactoryCps.Web.Sites;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Provenance;

/// <summary>One row of a provenance table: an operation, asset or zone and one derived value with its chain.</summary>
internal sealed record ProvenanceRow(string Id, string? Name, DerivedValue Value);

/// <summary>One of the page's four tables, as the page of it that is shown.</summary>
internal sealed record ProvenanceTable(string Id, ListPage<ProvenanceRow> Rows);

/// <summary>
/// Every derived importance and level with the chain of rules and values it came from. A site of thousands of
/// assets is not sent whole: each table shows one page (<see cref="ListQuery"/>), searchable by id and name, and
/// <c>?list=</c> shows one table alone to page through it. The tables come from <see cref="RenderedProvenance"/>
/// when the same query was rendered before for the same revision, day and language.
/// </summary>
[SitePermission(SitePermission.View)]
internal sealed class ProvenanceModel(SiteAnalysis analysis, RenderedProvenance rendered) : SitePageModel
{
    private ProvenanceKey? _key;

    public const string ListParameter = "list";

    /// <summary>Rows per table unless the query says otherwise: every row carries its whole chain of reasons.</summary>
    public const int PageSize = 25;

    /// <summary>The tables in the order the page shows them; their ids are the values of <c>?list=</c>.</summary>
    public static IReadOnlyList<string> Lists { get; } = ["operations", "assets", "zone-importance", "zone-levels"];

    public AnalysisResult? Analysis { get; private set; }

    /// <summary>The analysis with its labels in the page's language: what the sentences of the why column are written with.</summary>
    public ReportContext? Report { get; private set; }

    /// <summary>The one table asked for with <c>?list=</c>, or null for all four.</summary>
    public string? List { get; private set; }

    internal IReadOnlyList<ProvenanceTable> Tables { get; private set; } = [];

    /// <summary>The content as rendered before for the same query and data; null when it is to be rendered now.</summary>
    public IHtmlContent? Rendered { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var query = ListQuery.Read(Request.Query, PageSize);
        var list = Request.Query[ListParameter];
        if (query is null || list.Count > 1 || list.Count == 1 && !Lists.Contains(list[0]) || list.Count == 0 && query.Page != 1)
        {
            // Page 2 of "all four tables" means nothing: the page links name their table.
            return BadRequest();
        }

        List = list.Count == 1 ? list[0] : null;
        var key = RenderedProvenance.KeyOf(Access, analysis.Today, List, query);
        if (rendered.Find(key) is { } content)
        {
            Rendered = content;
            return Page();
        }

        // The report context rather than the bare analysis: it holds the model's names for the sentences, built
        // once per revision, day and language and shared with the zone pages and the dashboard.
        Report = await analysis.ReportAsync(Access.Site, Lang.Current, HttpContext.RequestAborted);
        Analysis = Report?.Analysis;
        if (Analysis is not { } a)
        {
            return Page();
        }

        var tables = new List<ProvenanceTable>();
        foreach (var id in Lists.Where(l => List is null || l == List))
        {
            IReadOnlyCollection<ProvenanceRow> rows = id switch
            {
                "operations" => [.. a.Operations.Select(o => new ProvenanceRow(o.Id, o.Name, o.Importance))],
                "assets" => [.. a.Assets.Select(o => new ProvenanceRow(o.Id, o.Name, o.Importance))],
                "zone-importance" => [.. a.Zones.Select(z => new ProvenanceRow(z.Id, z.Name, z.Importance))],
                _ => [.. a.Zones.Select(z => new ProvenanceRow(z.Id, z.Name, z.TargetLevel))],
            };
            if (ListPage<ProvenanceRow>.Of(rows, r => query.Matches(r.Id, r.Name), query) is not { } shown)
            {
                return BadRequest();
            }

            tables.Add(new ProvenanceTable(id, shown));
        }

        Tables = tables;
        _key = key;
        return Page();
    }

    /// <summary>Keeps the tables just rendered for the next views of the same query and data; returns them for this one.</summary>
    public IHtmlContent Keep(IHtmlContent content) => _key is { } key ? rendered.Keep(key, content) : content;
}
