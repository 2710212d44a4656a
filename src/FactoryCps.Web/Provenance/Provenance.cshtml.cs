using FactoryCps.Analysis;
using FactoryCps.Provenance;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Security;
using FactoryCps.Web.Shared;
using FactoryCps.Web.Sites;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Provenance;

/// <summary>One row of a provenance table: an operation, asset or zone and one derived value with its chain.</summary>
internal sealed record ProvenanceRow(string Id, string? Name, DerivedValue Value);

/// <summary>One of the page's four tables, as the page of it that is shown.</summary>
internal sealed record ProvenanceTable(string Id, ListPage<ProvenanceRow> Rows);

/// <summary>
/// Every derived importance and level with the chain of rules and values it came from. A site of thousands of
/// assets is not sent whole: each table shows one page (<see cref="ListQuery"/>), searchable by id and name, and
/// <c>?list=</c> shows one table alone to page through it.
/// </summary>
[SitePermission(SitePermission.View)]
public sealed class ProvenanceModel(SiteAnalysis analysis) : SitePageModel
{
    public const string ListParameter = "list";

    /// <summary>Rows per table unless the query says otherwise: every row carries its whole chain of reasons.</summary>
    public const int PageSize = 25;

    /// <summary>The tables in the order the page shows them; their ids are the values of <c>?list=</c>.</summary>
    public static IReadOnlyList<string> Lists { get; } = ["operations", "assets", "zone-importance", "zone-levels"];

    public AnalysisResult? Analysis { get; private set; }

    /// <summary>The one table asked for with <c>?list=</c>, or null for all four.</summary>
    public string? List { get; private set; }

    internal IReadOnlyList<ProvenanceTable> Tables { get; private set; } = [];

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
        Analysis = await analysis.AnalyzeAsync(Access.Site, HttpContext.RequestAborted);
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
        return Page();
    }
}
