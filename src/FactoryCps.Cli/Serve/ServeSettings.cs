namespace FactoryCps.Cli.Serve;

/// <summary>
/// The web application's settings given on the <c>fcps serve</c> command line, as docs/web.md shows them:
/// <c>--Fcps:Name=value</c> or <c>--Fcps:Name value</c> (and the framework's <c>--Kestrel:…</c> and
/// <c>--AllowedHosts</c>). They go into configuration unchanged; any other option is refused, so that a mistyped
/// one is never silently ignored.
/// </summary>
internal static class ServeSettings
{
    private static readonly string[] AcceptedPrefixes = ["Fcps:", "Kestrel:"];
    private static readonly string[] AcceptedNames = ["AllowedHosts"];

    /// <summary>
    /// The settings as <c>--Name=value</c> arguments for the web application, from the tokens the parser did not
    /// match; or the first token that is not a setting, or a setting without its value, as <c>problem</c>.
    /// </summary>
    public static bool TryRead(IReadOnlyList<string> unmatched, out List<string> arguments, out (string Token, bool MissingValue)? problem)
    {
        arguments = [];
        problem = null;
        for (var i = 0; i < unmatched.Count; i++)
        {
            var token = unmatched[i];
            var separator = token.IndexOf('=', StringComparison.Ordinal);
            var name = token.StartsWith("--", StringComparison.Ordinal) ? (separator < 0 ? token[2..] : token[2..separator]) : "";
            if (!IsSetting(name))
            {
                problem = (token, false);
                return false;
            }

            if (separator >= 0)
            {
                arguments.Add($"--{name}={token[(separator + 1)..]}");
            }
            else if (i + 1 < unmatched.Count && !unmatched[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                arguments.Add($"--{name}={unmatched[++i]}");
            }
            else
            {
                problem = (token, true);
                return false;
            }
        }

        return true;
    }

    private static bool IsSetting(string name) =>
        AcceptedNames.Contains(name, StringComparer.OrdinalIgnoreCase)
        || AcceptedPrefixes.Any(prefix => name.Length > prefix.Length && name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
}
