using FactoryCps.Guidance;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Resources;
using FactoryCps.Web.Security;

namespace FactoryCps.Web.Shared;

/// <summary>One link of the site menu; <see cref="Owns"/> are the address prefixes of the pages it stands for.</summary>
internal sealed record SiteMenuLink(string Text, string Href, string Id, IReadOnlyList<string> Owns);

/// <summary>A part of the site menu (the dashboard, a step, the site's settings) and the pages under it.</summary>
internal sealed record SiteMenuGroup(string Text, string Href, string Id, IReadOnlyList<SiteMenuLink> Links);

/// <summary>
/// The site menu with the guideline's steps as its structure: the dashboard, Step 1 (1-1 … 1-7), Step 2 (2-1,
/// 2-2 and the zones, the plan, the diagram), Step 3 (OODA, PDCA, supply chain, self-assessment) and the site's settings. The
/// first row shows the parts, the second the pages of the part the current page belongs to, so the menu needs no
/// script. Links are built from the site's key; the request's path only decides which one is current.
/// </summary>
internal static class SiteMenu
{
    public static IReadOnlyList<SiteMenuGroup> Groups(SiteContext context)
    {
        var site = "/sites/" + Uri.EscapeDataString(context.Site.Key);
        SiteMenuLink Step(string id) => new(
            WebText.ResourceManager.GetString("NavStepShort_" + id.Replace('-', '_'), System.Globalization.CultureInfo.CurrentUICulture) ?? id,
            $"{site}/steps/{id}",
            "nav-step-" + id,
            // A Step 1 section's pages belong to the first step that fills the section (assets: 1-4).
            [.. StepGuides.ByStep.TryGetValue(id, out var guide) ? guide.Sections.Where(s => FirstStepOf(s) == id).Select(s => $"{site}/step1/{s}") : []]);
        SiteMenuLink Page(string text, string path, string id, params string[] owns) => new(text, site + path, id, [.. owns.Select(o => site + o)]);

        var settings = new List<SiteMenuLink>
        {
            Page(WebText.NavModel, "/model", "nav-model"),
            Page(WebText.NavProvenance, "/provenance", "nav-provenance"),
        };
        if (context.May(SitePermission.ViewAudit))
        {
            settings.Add(Page(WebText.NavAudit, "/audit", "nav-audit"));
        }

        if (context.May(SitePermission.ManageMembers))
        {
            settings.Add(Page(WebText.NavMembers, "/members", "nav-members"));
        }

        return
        [
            new(WebText.NavDashboard, site, "nav-dashboard", []),
            new(WebText.NavStep1, site + "/step1", "nav-step1",
                [Page(WebText.NavStep1Sections, "/step1", "nav-step1-sections"), .. new[] { "1-1", "1-2", "1-3", "1-4", "1-5", "1-6", "1-7" }.Select(Step)]),
            new(WebText.NavStep2, site + "/step2", "nav-step2",
            [
                Step("2-1"), Step("2-2"),
                Page(WebText.NavStep2Zones, "/step2", "nav-step2-zones", "/step2/"),
                Page(WebText.NavPlan, "/plan", "nav-plan"),
                Page(WebText.NavDiagram, "/diagram", "nav-diagram"),
            ]),
            new(WebText.NavStep3, site + "/steps/3", "nav-step3",
            [
                Step("3"),
                Page(WebText.NavOoda, "/step3", "nav-ooda"),
                Page(WebText.NavMatches, "/matches", "nav-matches"),
                Page(WebText.NavCases, "/cases", "nav-cases", "/cases/"),
                Page(WebText.NavSuppliers, "/suppliers", "nav-suppliers", "/suppliers/", "/questionnaires/"),
                Page(WebText.NavAssessments, "/assessments", "nav-assessments", "/assessments/"),
                Page(WebText.NavReviews, "/reviews", "nav-reviews", "/reviews/"),
                Page(WebText.NavSboms, "/sboms", "nav-sboms", "/sboms/"),
                Page(WebText.NavLicenses, "/licenses", "nav-licenses"),
            ]),
            new(WebText.NavGroupSettings, site + "/model", "nav-settings", settings),
        ];
    }

    /// <summary>The link that stands for the page at <paramref name="path"/>: the exact one, else the one owning the longest prefix.</summary>
    public static (SiteMenuGroup? Group, SiteMenuLink? Link) Current(IReadOnlyList<SiteMenuGroup> groups, PathString path)
    {
        var here = path.Value?.TrimEnd('/') ?? "";
        foreach (var group in groups)
        {
            if (group.Links.Count == 0 && string.Equals(group.Href, here, StringComparison.OrdinalIgnoreCase))
            {
                return (group, null);
            }

            foreach (var link in group.Links)
            {
                if (string.Equals(link.Href, here, StringComparison.OrdinalIgnoreCase))
                {
                    return (group, link);
                }
            }
        }

        var best = (Group: (SiteMenuGroup?)null, Link: (SiteMenuLink?)null, Length: 0);
        foreach (var group in groups)
        {
            foreach (var link in group.Links)
            {
                foreach (var owned in link.Owns)
                {
                    if (here.StartsWith(owned, StringComparison.OrdinalIgnoreCase)
                        && (here.Length == owned.Length || owned.EndsWith('/') || here[owned.Length] == '/')
                        && owned.Length > best.Length)
                    {
                        best = (group, link, owned.Length);
                    }
                }
            }
        }

        return (best.Group, best.Link);
    }

    private static string? FirstStepOf(string section) =>
        StepGuides.ByStep.Values.FirstOrDefault(g => g.Sections.Contains(section))?.Step;
}
