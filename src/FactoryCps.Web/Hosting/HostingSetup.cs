using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using FactoryCps.Catalog;
using FactoryCps.Catalog.Loading;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.WebEncoders;

namespace FactoryCps.Web.Hosting;

internal static class HostingSetup
{
    public static readonly CultureInfo[] Cultures = [CultureInfo.GetCultureInfo("ja"), CultureInfo.GetCultureInfo("en")];

    public static WebApplicationBuilder AddHosting(this WebApplicationBuilder builder)
    {
        // The default address is loopback only: a plant exposes the server deliberately, with --urls.
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls("http://127.0.0.1:5080");
        }

        // A plant PC keeps its disk for data: the framework reports warnings, FactoryCPS its own information.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Services.AddSingleton(TimeProvider.System);
        BadSettings.Of(builder.Services); // registered here, where every feature can note a bad value of its settings
        builder.Services.AddSingleton(services => new PublicLinks(services.GetRequiredService<IConfiguration>(), services.GetRequiredService<IServer>()));
        RestrictHostsToThePublicAddress(builder);
        builder.AddKnownProxies();
        builder.Services.AddSingleton<GuidelineCatalog>(_ => CatalogLoader.Default);
        builder.Services.AddProblemDetails();
        // Pages are Japanese first: the default encoder writes every non-ASCII character as a reference (&#x5DE5;,
        // 8 bytes for a kanji's 3 in UTF-8), which made the dashboard's tables twice their size. The characters
        // HTML gives a meaning to (< > & " ' and the like) are still encoded.
        builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddRazorPages(options =>
        {
            // Pages live in their feature folders (Sites/, Step1/, …) rather than one Pages/ folder.
            options.RootDirectory = "/";
            options.Conventions.AllowAnonymousToPage("/Accounts/Login");
            options.Conventions.AllowAnonymousToPage("/Accounts/Setup");
            options.Conventions.AllowAnonymousToPage("/Errors/Status");
            options.Conventions.AddPageRoute("/Step1/Edit", "sites/{site}/step1/{section}/new");
        });
        return builder;
    }

    /// <summary>
    /// With a public address configured and no AllowedHosts of the operator's own, requests must name that host (or
    /// loopback, for the machine itself): a request under another name is refused (400) by the host filter.
    /// </summary>
    private static void RestrictHostsToThePublicAddress(WebApplicationBuilder builder)
    {
        Uri? configured;
        try
        {
            configured = PublicLinks.Parse(builder.Configuration[PublicLinks.Setting]);
        }
        catch (StartupException)
        {
            return; // the start-up task stops the server with the message
        }

        if (configured is null || builder.Configuration["AllowedHosts"] is { Length: > 0 } own && own != "*")
        {
            return;
        }

        builder.Services.PostConfigure<HostFilteringOptions>(options =>
            options.AllowedHosts = [configured.IdnHost, "localhost", "127.0.0.1", "[::1]"]);
    }

    public static WebApplication UseHosting(this WebApplication app)
    {
        app.UseRequestLocalization(options =>
        {
            options.DefaultRequestCulture = new RequestCulture("ja");
            options.SupportedCultures = Cultures;
            options.SupportedUICultures = Cultures;
            // The user's choice (a cookie) wins over the browser; Japanese is the default, as in the guideline.
            options.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new ManifestEmbeddedFileProvider(typeof(Program).Assembly, "wwwroot"),
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "public, max-age=3600",
        });
        return app;
    }

    /// <summary>
    /// Browsers ask for /favicon.ico on their own; answering it without sign-in keeps that request from
    /// setting a second anti-forgery cookie that races the sign-in form's.
    /// </summary>
    public static WebApplication MapHostingEndpoints(this WebApplication app)
    {
        app.MapGet("/favicon.ico", () => Results.Redirect("/favicon.svg", permanent: true)).AllowAnonymous();
        return app;
    }
}
