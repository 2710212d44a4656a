using FactoryCps.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace FactoryCps.Benchmarks.Reviews;

/// <summary>
/// The web application's services on a SQLite file in a temporary folder, started as the server starts (migrations
/// run), with the benchmark's clock; no demo site, no reminder timer. Nothing listens on a port.
/// </summary>
internal sealed class StoreHost : WebApplicationFactory<FactoryCps.Web.Program>
{
    private readonly TimeProvider _time;
    private readonly string _folder = Directory.CreateTempSubdirectory("fcps-bench-").FullName;

    public StoreHost(TimeProvider time)
    {
        _time = time;
        _ = Server;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(Path.Combine(SharedData.RepositoryRoot(), "src", "FactoryCps.Web"));
        builder.UseEnvironment("Production");
        builder.UseSetting("Fcps:Database", Database.SqliteIn(_folder));
        builder.UseSetting("Fcps:Data", _folder);
        builder.UseSetting("Fcps:Demo", "false");
        builder.UseSetting(FactoryCps.Web.Notifications.ReminderSchedule.IntervalSetting, "0");
        builder.ConfigureTestServices(services => services.AddSingleton(_time));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by a closing connection; the system cleans its temporary folder.
            }
        }
    }
}
