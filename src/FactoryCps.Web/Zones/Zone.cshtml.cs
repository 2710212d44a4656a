using System.Globalization;
using System.Text.Json.Nodes;
using FactoryCps.Analysis;
using FactoryCps.Model;
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
/// editable in place with one save for all rows. A change made here is recorded for this zone only (a site-wide status stays as it is for
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

    /// <summary>The rows as submitted when a save was refused, by countermeasure id: shown again as the person left them.</summary>
    public IReadOnlyDictionary<string, StatusInput> Submitted { get; private set; } = new Dictionary<string, StatusInput>();

    /// <summary>Why a row was not saved, in words, by countermeasure id.</summary>
    public IReadOnlyDictionary<string, string> RowErrors { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(int? saved)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (saved is not null)
        {
            Message = saved == 0 ? WebText.StatusesUnchanged : string.Format(CultureInfo.CurrentCulture, WebText.StatusesSaved, saved);
        }

        return Page();
    }

    /// <summary>
    /// The one save of the page: the rows the person changed, all or none (one transaction), each refused if its
    /// record changed since the page was loaded; a refused save writes nothing and shows each bad row's reason.
    /// </summary>
    public async Task<IActionResult> OnPostStatusesAsync(List<StatusInput> rows)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var required = Policy?.Required.Select(r => r.Id).ToHashSet() ?? [];
        var changed = rows.Where(r => r.Changed).ToList();
        var errors = new Dictionary<string, string>();
        var stale = new HashSet<string>();
        foreach (var row in changed)
        {
            if (!required.Contains(row.Countermeasure))
            {
                return NotFound();
            }

            if (!CountermeasureStatus.Statuses.Contains(row.Status))
            {
                errors[row.Countermeasure] = WebText.StatusUnknown;
            }
            else if (!row.TryDue(out _))
            {
                errors[row.Countermeasure] = WebText.StatusDueNotDate;
            }
        }

        if (changed.Count == 0)
        {
            return Redirect($"/sites/{SiteKey}/step2/{Zone}?saved=0#countermeasures");
        }

        if (errors.Count == 0)
        {
            var result = await store.SaveObjectsAsync(Access.Site, "countermeasures", [.. changed.Select(Change)], User.Actor(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                return Redirect($"/sites/{SiteKey}/step2/{Zone}?saved={changed.Count}#countermeasures");
            }

            foreach (var index in result.Stale)
            {
                stale.Add(changed[index].Countermeasure);
                errors[changed[index].Countermeasure] = string.Format(CultureInfo.CurrentCulture, WebText.StatusStale, Report!.CountermeasureTitle(changed[index].Countermeasure), Described(changed[index]));
            }

            foreach (var (index, diagnostics) in result.Errors)
            {
                errors[changed[index].Countermeasure] = string.Join(" ", diagnostics.Select(d => d.Render(Lang.Current)));
            }

            if (result.Together.Count > 0)
            {
                Message = string.Join(" ", result.Together.Select(d => d.Render(Lang.Current)));
            }

            if (result.Stale.Count > 0)
            {
                // The stale rows show their record as it is now, with its version, so that a next save starts from theirs.
                await LoadAsync();
            }

            Response.StatusCode = result.Stale.Count > 0 ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        }
        else
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        RowErrors = errors;
        Submitted = rows.Where(r => !stale.Contains(r.Countermeasure)).GroupBy(r => r.Countermeasure).ToDictionary(g => g.Key, g => g.First());
        MessageIsError = true;
        Message = string.Join(" ", new[] { string.Format(CultureInfo.CurrentCulture, WebText.StatusesRefused, errors.Count), Message }.Where(m => m is not null));
        return Page();
    }

    private ObjectChange Change(StatusInput row)
    {
        var own = RecordFor(row.Countermeasure) is { ZoneOnly: true } record ? _records.First(r => r.Key == record.Key) : null;
        var body = own?.Body.DeepClone().AsObject() ?? new JsonObject { ["id"] = row.Countermeasure, ["scope"] = new JsonArray(Zone) };
        body["status"] = row.Status;
        Set(body, "owner", row.Owner);
        Set(body, "due", row.Due);

        // The version the page was loaded with: a zone's own record created or changed since is refused.
        return new ObjectChange(body, row.Version);
    }

    /// <summary>The person's change to a row in words, so a refused row's input is not lost from sight.</summary>
    private string Described(StatusInput row) =>
        string.Join(" · ", new[] { Report!.Status(row.Status), StatusInput.Trimmed(row.Owner), StatusInput.Trimmed(row.Due) }.Where(v => v is not null));

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
