using System.Text.Json;
using OpenQA.Selenium;

namespace FactoryCps.Tests.Browser.Axe;

/// <summary>
/// axe-core (the vendored <c>axe.min.js</c>, pinned in <c>tools/axe-core</c>) run in the page the browser shows:
/// the WCAG 2.0/2.1 A and AA rules, and of what they find only the serious and critical violations, which issue 16
/// allows none of. The script is put into the page by the driver, never served by the application.
/// </summary>
internal static class Axe
{
    /// <summary>The WCAG levels issue 16 names; axe's best-practice rules are not part of the target.</summary>
    public static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private static readonly Lazy<string> Script = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Browser", "Axe", "axe.min.js")));

    // The driver waits for done(); axe answers JSON so that the driver's conversion of nested objects does not matter.
    private const string Run = """
        var done = arguments[arguments.length - 1];
        axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
          .then(function (r) {
            done(JSON.stringify(r.violations
              .filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
              .map(function (v) {
                return { rule: v.id, impact: v.impact, help: v.help,
                         targets: v.nodes.map(function (n) { return n.target.join(' ') + ' :: ' + (n.failureSummary || '').replace(/\s+/g, ' '); }) };
              })));
          })
          .catch(function (e) { done(JSON.stringify({ error: String(e) })); });
        """;

    /// <summary>The serious and critical violations of the page shown now.</summary>
    public static IReadOnlyList<Violation> Check(IWebDriver driver)
    {
        var js = (IJavaScriptExecutor)driver;
        if (js.ExecuteScript("return typeof window.axe") as string != "object")
        {
            js.ExecuteScript(Script.Value);
        }

        var answer = js.ExecuteAsyncScript(Run, (object)Tags) as string ?? throw new InvalidOperationException("axe answered nothing.");
        using var json = JsonDocument.Parse(answer);
        if (json.RootElement.ValueKind == JsonValueKind.Object)
        {
            throw new InvalidOperationException($"axe failed on {driver.Url}: {json.RootElement.GetProperty("error").GetString()}");
        }

        return [.. json.RootElement.EnumerateArray().Select(v => new Violation(
            v.GetProperty("rule").GetString()!,
            v.GetProperty("impact").GetString()!,
            v.GetProperty("help").GetString()!,
            [.. v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()!)]))];
    }
}

/// <summary>One rule axe found broken on a page, with the selectors of the elements that break it.</summary>
internal sealed record Violation(string Rule, string Impact, string Help, IReadOnlyList<string> Targets);
