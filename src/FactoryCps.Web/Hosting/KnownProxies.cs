using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using IPNetwork = System.Net.IPNetwork;

namespace FactoryCps.Web.Hosting;

/// <summary>
/// The reverse proxies in front of FactoryCPS (Fcps:KnownProxies): only a request that arrives from one of them has its
/// X-Forwarded-For (the client's address: sign-in rate limits count per client, not per proxy) and X-Forwarded-Proto
/// (https, when the proxy terminates TLS) believed. From anyone else, or with no proxy configured, those headers are
/// ignored: a client could otherwise claim any address, or claim HTTPS over plain HTTP.
/// X-Forwarded-Host is never taken: nothing needs the client's Host (links and the HTTPS redirect use Fcps:PublicUrl),
/// and the host filter checks the Host header before this runs, so a forwarded host would slip past it; the proxy
/// passes the client's Host header through instead.
/// </summary>
internal static class KnownProxies
{
    public const string Setting = "Fcps:KnownProxies";

    /// <summary>The configured addresses (one address each) and networks; empty when none is set.</summary>
    public static IReadOnlyList<IPNetwork> Parse(string? value)
    {
        var networks = new List<IPNetwork>();
        foreach (var entry in (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            // A network names its first address: 10.0.0.1/8 is refused rather than guessed as 10.0.0.0/8 or 10.0.0.1.
            if (entry.Contains('/', StringComparison.Ordinal) && IPNetwork.TryParse(entry, out var network)
                && network.BaseAddress.Equals(IPAddress.Parse(entry[..entry.IndexOf('/', StringComparison.Ordinal)])))
            {
                networks.Add(network);
                continue;
            }

            if (!entry.Contains('/', StringComparison.Ordinal) && IPAddress.TryParse(entry, out var address))
            {
                networks.Add(new IPNetwork(address, address.AddressFamily == AddressFamily.InterNetwork ? 32 : 128));
                continue;
            }

            throw new StartupException($"{Setting} lists the addresses of the reverse proxies in front of FactoryCPS, or their networks, separated by commas, such as 127.0.0.1, 10.0.0.0/24 (a network's address has no bits set after its prefix); '{entry}' is neither.");
        }

        return networks;
    }

    public static WebApplicationBuilder AddKnownProxies(this WebApplicationBuilder builder)
    {
        IReadOnlyList<IPNetwork> proxies;
        try
        {
            proxies = Parse(builder.Configuration[Setting]);
        }
        catch (StartupException problem)
        {
            BadSettings.Of(builder.Services).Note(problem);
            proxies = [];
        }

        // PostConfigure: also over the framework's own ASPNETCORE_FORWARDEDHEADERS_ENABLED, which trusts any sender.
        builder.Services.PostConfigure<ForwardedHeadersOptions>(options =>
        {
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            options.ForwardedHeaders = proxies.Count == 0 ? ForwardedHeaders.None : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies)
            {
                options.KnownIPNetworks.Add(proxy);
            }

            // Every hop is checked against the list, so a chain of known proxies is walked back to the first sender
            // that is not one of them (the client), however long it is.
            options.ForwardLimit = null;
        });
        return builder;
    }

    /// <summary>First in the pipeline, so that everything after it sees the client's address and scheme.</summary>
    public static WebApplication UseKnownProxies(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value.ForwardedHeaders != ForwardedHeaders.None)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }
}
