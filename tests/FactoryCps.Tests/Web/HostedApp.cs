using FactoryCps.Tests.Browser;
using FactoryCps.Tests.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FactoryCps.Tests.Web;

/// <summary>
/// The web application without the demo site (a cheap start: these tests start many servers), with settings of the
/// test's choosing, its log kept, on the in-memory test server or on real Kestrel (a free loopback port), started
/// when the test says so, so that a start that must fail can be watched failing.
/// </summary>
internal sealed class HostedApp : FreshWebApplication
{
    private readonly bool _kestrel;

    private HostedApp(TestDatabase database, IReadOnlyDictionary<string, string> settings, bool kestrel)
        : base(database, "fcps-hosted-", demo: false, settings)
    {
        _kestrel = kestrel;
        if (kestrel)
        {
            UseKestrel();
        }
    }

    public ServerLog Log { get; } = new();

    /// <summary>On Kestrel, the server's address, such as http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; private set; } = new("http://localhost/");

    /// <summary>Created, not started: <see cref="Start"/> starts it.</summary>
    public static async Task<HostedApp> CreateAsync(Dictionary<string, string> settings, bool kestrel = false) =>
        new(await TestDatabase.CreateAsync("sqlite"), settings, kestrel);

    public static async Task<HostedApp> StartAsync(Dictionary<string, string> settings, bool kestrel = false)
    {
        var app = await CreateAsync(settings, kestrel);
        try
        {
            app.Start();
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public void Start()
    {
        StartServer();
        if (_kestrel)
        {
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.Single()
                ?? throw new InvalidOperationException("Kestrel reported no listening address.");
            BaseAddress = new Uri(address.TrimEnd('/') + "/");
        }
    }

    /// <summary>
    /// Starts it, expecting the start to be refused for a bad setting, and returns what the operator reads: the
    /// critical line the program logs in place of a stack trace (its StartupException's message).
    /// </summary>
    public string RefusedStart()
    {
        Assert.NotNull(Record.Exception(Start));
        var critical = Log.Entries.Where(e => e.StartsWith("Critical ", StringComparison.Ordinal)).ToList();
        Assert.True(critical.Count > 0, "The start failed without a critical line: " + string.Join("\n", Log.Entries));
        return string.Join("\n", critical);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (_kestrel)
        {
            builder.UseSetting("urls", "http://127.0.0.1:0");
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Log));
    }
}
