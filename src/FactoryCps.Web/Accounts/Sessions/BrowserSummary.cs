namespace FactoryCps.Web.Accounts.Sessions;

/// <summary>
/// "Chrome 131, Windows" from a User-Agent header: enough to tell one's own sessions apart. Built only from a fixed
/// list of names and the major version's digits, so whatever a client sends, nothing of it but those digits is kept
/// or shown; an unknown agent gives an empty summary, which the page shows as an unknown browser.
/// </summary>
internal static class BrowserSummary
{
    public const int MaxLength = 64;

    // Most specific first: Edge and Opera also say Chrome, Chrome also says Safari.
    private static readonly (string Token, string Name)[] Browsers =
    [
        ("Edg/", "Edge"), ("OPR/", "Opera"), ("Firefox/", "Firefox"), ("HeadlessChrome/", "Chrome"),
        ("Chromium/", "Chromium"), ("Chrome/", "Chrome"), ("CriOS/", "Chrome"), ("Version/", "Safari"),
    ];

    private static readonly (string Token, string Name)[] Systems =
    [
        ("Windows", "Windows"), ("Android", "Android"), ("iPhone", "iOS"), ("iPad", "iPadOS"), ("CrOS", "ChromeOS"),
        ("Mac OS X", "macOS"), ("Linux", "Linux"),
    ];

    public static string Of(string? userAgent)
    {
        if (string.IsNullOrEmpty(userAgent))
        {
            return "";
        }

        var agent = userAgent.Length > 512 ? userAgent[..512] : userAgent;
        var browser = "";
        foreach (var (token, name) in Browsers)
        {
            var at = agent.IndexOf(token, StringComparison.Ordinal);
            if (at >= 0 && (name != "Safari" || agent.Contains("Safari/", StringComparison.Ordinal)))
            {
                var digits = new string(agent.AsSpan(at + token.Length).ToString().TakeWhile(char.IsAsciiDigit).Take(4).ToArray());
                browser = digits.Length > 0 ? $"{name} {digits}" : name;
                break;
            }
        }

        var system = Systems.FirstOrDefault(s => agent.Contains(s.Token, StringComparison.Ordinal)).Name;
        return (browser, system) switch
        {
            ("", null) => "",
            ("", _) => system,
            (_, null) => browser,
            _ => $"{browser}, {system}",
        };
    }
}
