using FactoryCps.Tests.Data;
using FactoryCps.Tests.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FactoryCps.Tests.Browser;

/// <summary>
/// The web application on a real loopback socket (Kestrel, a free port) so that a browser can reach it, on a
/// fresh SQLite database with the demo site, started like the HTTP tests' WebFactory (which runs on the
/// in-memory test server and covers both database providers).
/// </summary>
internal sealed class BrowserHost : FreshWebApplication
{
    private BrowserHost(TestDatabase database)
        : base(database, "fcps-browser-")
    {
        UseKestrel();
    }

    /// <summary>What the server logged recently, for the message of a failed step.</summary>
    public ServerLog Log { get; } = new();

    /// <summary>The server's address, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<BrowserHost> StartAsync()
    {
        var host = new BrowserHost(await TestDatabase.CreateAsync("sqlite"));
        host.StartServer(); // migrations and the demo site run before the first request
        var addresses = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>();
        var address = addresses?.Addresses.SingleOrDefault()
            ?? throw new InvalidOperationException("Kestrel reported no listening address.");
        host.BaseAddress = new Uri(address.TrimEnd('/'));
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Loopback only, and port 0: the system picks a free one, so parallel runs never collide.
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.ConfigureLogging(logging => logging.AddProvider(Log));
    }
}
