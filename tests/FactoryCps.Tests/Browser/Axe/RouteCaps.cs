using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;

namespace FactoryCps.Tests.Browser.Axe;

/// <summary>
/// Keeps a crawl bounded by the application's own routes: each address is counted against the route template that
/// serves it (<c>/sites/{site}/step2/{zone}</c>), a template is visited at most <see cref="PerRoute"/> times, and
/// addresses that differ only in query values (a list's pages, a search) count once. A page another change adds
/// is found through its links and counted by its own template, without being named here.
/// </summary>
internal sealed class RouteCaps
{
    /// <summary>Enough for every Step 1 section and a template with different data (a zone with many threats, one with few), within minutes.</summary>
    public const int PerRoute = 12;

    private readonly List<(string Template, TemplateMatcher Matcher, int Parameters)> _routes;
    private readonly Dictionary<string, int> _visits = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    private RouteCaps(List<(string, TemplateMatcher, int)> routes) => _routes = routes;

    public static RouteCaps From(IServiceProvider services)
    {
        var routes = services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText ?? "")
            .Where(t => !t.StartsWith("api", StringComparison.Ordinal) && !t.StartsWith("/api", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Select(t =>
            {
                var template = TemplateParser.Parse(t.TrimStart('/'));
                return (t, new TemplateMatcher(template, []), template.Parameters.Count);
            })
            .ToList();
        return new RouteCaps(routes);
    }

    /// <summary>Whether the address is one to visit: not seen before (query values ignored) and its route not yet full.</summary>
    public bool Admit(string address)
    {
        var parts = address.Split('?', 2);
        var keys = parts.Length == 2
            ? string.Join('&', parts[1].Split('&').Select(p => p.Split('=')[0]).Order(StringComparer.Ordinal))
            : "";
        if (!_seen.Add(parts[0] + "?" + keys))
        {
            return false;
        }

        var route = RouteOf(parts[0]);
        var visits = _visits.GetValueOrDefault(route);
        if (visits >= PerRoute)
        {
            return false;
        }

        _visits[route] = visits + 1;
        return true;
    }

    /// <summary>The most specific template that matches (fewest parameters: <c>suppliers/overview</c> before <c>suppliers/{supplier}</c>).</summary>
    public string RouteOf(string path) =>
        _routes.Where(r => r.Matcher.TryMatch(new PathString(path), [])).OrderBy(r => r.Parameters).Select(r => r.Template).FirstOrDefault() ?? path;
}
