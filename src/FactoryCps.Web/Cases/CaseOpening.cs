using FactoryCps.Cases;
using FactoryCps.Web.Advisories;
using FactoryCps.Web.Data;
using FactoryCps.Web.Sites;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Cases;

/// <summary>
/// Opens preventive cases for new advisory matches at every site, on a timer (<c>Fcps:Cases:MatchIntervalMinutes</c>,
/// default 15; 0 turns it off), so that advisories imported with <c>fcps advisories import</c> or a changed
/// model reach the people in Step 3 without anyone having to look. The matches page opens them at once on request.
/// </summary>
internal sealed class CaseOpening(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider time, ILogger<CaseOpening> logger) : BackgroundService
{
    public static readonly CaseActor System = new(null, "system", null, true);

    /// <summary>Opens the cases for one site's new matches; returns how many.</summary>
    public static async Task<int> OpenAsync(IServiceProvider services, SiteEntity site, CaseActor actor, CancellationToken cancellationToken)
    {
        var candidates = await CaseCandidates.OfAsync(services.GetRequiredService<SiteMatches>(), site, cancellationToken);
        var opened = await services.GetRequiredService<CaseHandling>().OpenFromMatchesAsync(site, candidates, actor, cancellationToken);
        return opened.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = configuration.GetValue("Fcps:Cases:MatchIntervalMinutes", 15);
        if (minutes <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(minutes), time);
        do
        {
            try
            {
                await RunAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The next round tries again; the server keeps serving.
                logger.LogError(ex, "Opening cases for advisory matches failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
        if (!await db.Set<AdvisoryEntity>().AnyAsync(cancellationToken))
        {
            return;
        }

        foreach (var site in await db.Sites.AsNoTracking().ToListAsync(cancellationToken))
        {
            var opened = await OpenAsync(scope.ServiceProvider, site, System, cancellationToken);
            if (opened > 0)
            {
                logger.LogInformation("Opened {Count} cases for new advisory matches at site {Site}", opened, site.Key);
            }
        }
    }
}
