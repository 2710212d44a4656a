using FactoryCps.Web.Accounts;
using FactoryCps.Web.Advisories;
using FactoryCps.Web.Api;
using FactoryCps.Web.Audit;
using FactoryCps.Web.Audit.Pages;
using FactoryCps.Web.Cases;
using FactoryCps.Web.Checklists;
using FactoryCps.Web.Dashboard;
using FactoryCps.Web.Data;
using FactoryCps.Web.Glossary;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Notifications;
using FactoryCps.Web.Procurement;
using FactoryCps.Web.Provenance;
using FactoryCps.Web.Reviews;
using FactoryCps.Web.Sboms;
using FactoryCps.Web.Security;
using FactoryCps.Web.Sites;
using FactoryCps.Web.Sites.Pages;
using FactoryCps.Web.Startup;
using FactoryCps.Web.Suppliers.Pages;
using FactoryCps.Web.Suppliers.Portal;

namespace FactoryCps.Web;

/// <summary>The FactoryCPS web application. Users start it with <c>fcps serve</c>; tests host it with WebApplicationFactory.</summary>
public sealed class Program
{
    private Program()
    {
    }

    public static async Task<int> Main(string[] args)
    {
        // Named explicitly: under `fcps serve` the entry assembly is fcps, and Razor Pages are found by the
        // application's name, so without it every page would be missing.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(Program).Assembly.GetName().Name });
        // Each feature adds its services and maps its endpoints; nothing else happens here.
        builder.AddHosting();      // catalogue, time, localisation, Razor Pages, embedded static files
        builder.AddStorage();      // one DbContext: a SQLite file (WAL) or PostgreSQL
        builder.AddStartup();      // migrate, demo site, first-administrator link: before any hosted service that reads the database
        builder.AddAccounts();     // Identity, cookie sign-in, optional OIDC, API tokens, first-administrator setup
        builder.AddSecurity();     // security headers and CSP, login rate limits, site authorization
        builder.AddSites();        // stored site models and their cached analysis
        builder.AddDashboard();    // the site dashboard and its rendered-page cache
        builder.AddProvenance();   // where each derived value came from, and its rendered-page cache
        builder.AddAudit();
        builder.AddSboms();        // SBOMs per asset and the licence overview
        builder.AddAdvisories();   // stored advisories and each site's matches
        builder.AddCases();        // Step 3: OODA roles, and cases for vulnerabilities and incidents
        builder.AddSuppliers();    // suppliers, questionnaires, evidence and the supplier portal
        builder.AddNotifications(); // inboxes, optional e-mail through the plant's SMTP relay, reminders
        builder.AddChecklists();   // Step 3: self-assessment rounds against the guideline's checklist
        builder.AddReviews();      // Step 3: PDCA reviews, the inputs gathered for them, and when one is due
        builder.AddApi();          // /api/v1's OpenAPI document

        var app = builder.Build();
        app.UseKnownProxies();     // the client's address and scheme, believed from configured proxies only: before anything reads them
        app.UseSecurity();
        app.UseHosting();
        app.UseRouting();          // explicit, after the error pages, so that a re-executed error finds its page
        app.UsePortalGate();       // a supplier's portal session sees nothing outside /portal
        app.UseAccounts();
        app.UseSiteAuthorization();
        app.UseUploadLimits();     // a form over its limit gets the 413 page, not a reset connection

        app.MapHostingEndpoints();
        app.MapAccountEndpoints();
        app.MapSiteEndpoints();
        app.MapDashboardEndpoints();
        app.MapAuditEndpoints();
        app.MapSbomEndpoints();
        app.MapAdvisoryEndpoints();
        app.MapCaseEndpoints();
        app.MapSupplierEndpoints();
        app.MapChecklistEndpoints();
        app.MapReviewEndpoints();
        app.MapProcurementEndpoints();
        app.MapGlossaryEndpoints();
        app.MapNotificationEndpoints();
        app.MapApiEndpoints();     // the API's OpenAPI document and its 404; each feature above maps its own API
        app.MapRazorPages();

        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (StartupException ex)
        {
            // Already explained on the console by the startup task; no stack trace for an operator's mistake.
            app.Logger.LogCritical("{Reason}", ex.Message);
            return 1;
        }
    }
}
