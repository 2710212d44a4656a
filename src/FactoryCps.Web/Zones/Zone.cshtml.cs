using System.Text.Json.Nodes;
using FactoryCps.Analysis;
using FactoryCps.Plans;
using FactoryCps.Reports;
using FactoryCps.Threats;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Resources;
using FactoryCps.Web.Security;
using FactoryCps.Web.Sites;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Zones;

/// <summary>A countermeasure status record of the model that applies to this zone, and whether it is this zone's own.</summary>
internal sealed record StatusRecord(string Key, int Version, bool ZoneOnly);

/// <summary>
/// Step 2 for one zone: its policy, the threats that apply, and the required countermeasures with their status,
/// editable in place. A change made here is recorded for this zone only (a site-wide status stays as it is for
/// the other zones).
/// </summary>
[SitePermission(SitePermission.View, SitePermission.EditCountermeasures)]
internal sealed class ZoneModel(SiteAnalysis analysis, SiteModelStore store) : SitePageModel
{
    private List<StoredObject> _records = [];

    [FromRoute]
    public string Zone { get; set; } = "";

    public ReportContext? Report { get; private set; }

    public ZoneResult? ZoneResult { get; private set; }

    public ZonePolicy? Policy { get; private set; }

    public IReadOnlyList<AppliedThreat> Threats { get; private set; } = [];

    public string? Message { get; private set; }

    public bool MessageIsError { get; private set; }

    public JsonObject? Theirs { get; private set; }

    public StatusRecord? RecordFor(string countermeasure)
    {
        var own = _records.FirstOrDefault(r => (string?)r.Body["id"] == countermeasure && r.Body["scope"] is JsonArray { Count: 1 } scope && (string?)scope[0] == Zone);
        if (own is not null)
        {
            return new StatusRecord(own.Key, own.Version, true);
        }

        var shared = _records.FirstOrDefault(r => (string?)r.Body["id"] == countermeasure && (r.Body["scope"] is not JsonArray list || list.Any(z => (string?)z == Zone)));
        return shared is null ? null : new StatusRecord(shared.Key, shared.Version, false);
    }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostStatusAsync(string countermeasure, string status, string? owner, string? due, int? version)
    {
        if (!await LoadAsync() || Policy?.Required.Any(r => r.Id == countermeasure) != true)
        {
            return NotFound();
        }

        var own = RecordFor(countermeasure) is { ZoneOnly: true } record ? _records.First(r => r.Key == record.Key) : null;
        var body = own?.Body.DeepClone().AsObject() ?? new JsonObject { ["id"] = countermeasure, ["scope"] = new JsonArray(Zone) };
        body["status"] = status;
        Set(body, "owner", owner);
        Set(body, "due", due);
        var result = await store.SaveObjectAsync(Access.Site, "countermeasures", body, own is null ? null : version, User.Actor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return Redirect($"/sites/{SiteKey}/step2/{Zone}#cm-{countermeasure}");
        }

        Theirs = result.Current;
        MessageIsError = true;
        Message = result.Conflict ? WebText.ConflictShort : string.Join(" ", result.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error).Select(d => d.Render(Lang.Current)));
        Response.StatusCode = result.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private static void Set(JsonObject body, string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            body.Remove(name);
        }
        else
        {
            body[name] = value.Trim();
        }
    }

    private async Task<bool> LoadAsync()
    {
        Report = await analysis.ReportAsync(Access.Site, Lang.Current, HttpContext.RequestAborted);
        var index = Report is null ? null : ZoneIndex.Of(Report);
        ZoneResult = index?.Zone(Zone);
        if (index is null || ZoneResult is null)
        {
            return false;
        }

        Policy = index.Policy(Zone);
        Threats = index.Threats(Zone);
        _records = await store.SectionAsync(Access.Site, "countermeasures", HttpContext.RequestAborted);
        return true;
    }
}
