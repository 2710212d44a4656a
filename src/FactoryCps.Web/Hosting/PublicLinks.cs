using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace FactoryCps.Web.Hosting;

/// <summary>
/// The absolute links FactoryCPS hands out (a supplier's invitation, the first-administrator link): built from the
/// configured public address, else from the address the server listens on, never from the request's Host header,
/// which the client writes: a link built from it would send a supplier, with the token, to whatever host an
/// attacker named.
/// </summary>
internal sealed class PublicLinks(IConfiguration configuration, IServer server)
{
    public const string Setting = "Fcps:PublicUrl";

    private static readonly string[] AnyAddress = ["*", "+", "0.0.0.0", "[::]"];

    private readonly Uri? _configured = Parse(configuration[Setting]);

    /// <summary>The configured public address, or null when none is set; a malformed one stops the start with what was expected.</summary>
    public static Uri? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
            || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            throw new StartupException($"{Setting} must be the address users reach FactoryCPS at, such as https://fcps.example.com/ (http or https, no query, fragment or user name); it is '{value}'.");
        }

        return new Uri(uri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/");
    }

    /// <summary>
    /// <paramref name="path"/> (from the application root, such as <c>/portal/invite/…</c>) as an absolute link; only
    /// the path when neither a public address is configured nor the server listens on one address a user could reach.
    /// </summary>
    public string To(string path)
    {
        var relative = path.TrimStart('/');
        if (_configured is { } configured)
        {
            return new Uri(configured, relative).AbsoluteUri;
        }

        var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses
            .Select(a => Uri.TryCreate(a, UriKind.Absolute, out var uri) ? uri : null)
            .FirstOrDefault(u => u is not null && !AnyAddress.Contains(u.Host));
        return listening is null ? "/" + relative : new Uri(listening, relative).AbsoluteUri;
    }
}
