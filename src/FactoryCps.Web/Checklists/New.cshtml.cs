using FactoryCps.Catalog;
using FactoryCps.Model;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Security;
using FactoryCps.Web.Sites;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Checklists;

/// <summary>
/// A new round: its title, due date, scope (zones, steps, countermeasure groups; none chosen means all), who
/// answers each step's and each group's questions (anyone allowed, a role, or a person by sign-in name), and
/// whether the last closed round's answers pre-fill it. The people and roles named are told.
/// </summary>
[SitePermission(SitePermission.ManageAssessments)]
internal sealed class NewModel(RoundDesk desk, RoundWords words, SiteModelStore store, TimeProvider time) : SitePageModel
{
    public RoundWords Words => words;

    public GuidelineCatalog Catalog => words.Catalog;

    public IReadOnlyList<Zone> Zones { get; private set; } = [];

    public string? Error { get; private set; }

    public string? Title { get; private set; }

    public DateOnly DefaultDue => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(30);

    public async Task OnGetAsync() => Zones = (await store.ModelAsync(Access.Site, HttpContext.RequestAborted))?.Zones ?? [];

    public async Task<IActionResult> OnPostAsync(string? title, DateOnly? due, List<string>? zones, List<string>? steps, List<string>? groups, bool prefill)
    {
        await OnGetAsync();
        Title = title;
        var form = await Request.ReadFormAsync(HttpContext.RequestAborted);
        var assignments = new List<AssignmentBody>();
        foreach (var (field, value) in form.Where(f => f.Key.StartsWith("who:", StringComparison.Ordinal)))
        {
            var who = value.ToString();
            if (who.Length == 0)
            {
                continue; // anyone allowed
            }

            var part = field["who:".Length..];
            var step = part.StartsWith("s:", StringComparison.Ordinal) ? part[2..] : null;
            var group = part.StartsWith("g:", StringComparison.Ordinal) ? part[2..] : null;
            var user = who == "user" ? form["user:" + part].ToString() : null;
            var role = who.StartsWith("role:", StringComparison.Ordinal) ? who["role:".Length..] : null;
            assignments.Add(new AssignmentBody(step, group, null, user, role));
        }

        var body = new NewRoundBody(title, due, new RoundScopeDto(zones ?? [], steps ?? [], groups ?? []), prefill, assignments);
        var (input, field2) = RoundForms.Check(body, words);
        if (input is null)
        {
            return Refused(RoundText.Invalid(field2!));
        }

        var (round, refusal) = await desk.CreateAsync(Access.Site, input, RoundActors.Of(Access, User), HttpContext.RequestAborted);
        if (round is null)
        {
            return Refused(RoundText.Refusal(refusal!.Value));
        }

        return Redirect($"/sites/{SiteKey}/assessments/{round.Number}");
    }

    private Microsoft.AspNetCore.Mvc.RazorPages.PageResult Refused(string error)
    {
        Error = error;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
