using FactoryCps.Guidance;

namespace FactoryCps.Web.Steps;

/// <summary>
/// The addresses of a site's step pages and of the pages that fix a step's item, built from the site's key (never
/// from the request) with every id escaped as a path segment.
/// </summary>
internal static class StepLinks
{
    public static string Step(string site, string step) => $"/sites/{Seg(site)}/steps/{Seg(step)}";

    /// <summary>The page where a step's item is acted on.</summary>
    public static string Target(string site, StepTarget target) => target.Kind switch
    {
        StepTargetKind.Section => $"/sites/{Seg(site)}/step1/{Seg(target.Section!)}",
        StepTargetKind.Object => $"/sites/{Seg(site)}/step1/{Seg(target.Section!)}/edit/{Seg(target.Id!)}",
        StepTargetKind.Zone => $"/sites/{Seg(site)}/step2/{Seg(target.Id!)}",
        _ => $"/sites/{Seg(site)}/plan",
    };

    private static string Seg(string value) => Uri.EscapeDataString(value);
}
