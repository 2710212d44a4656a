namespace FactoryCps.Web.Hosting;

/// <summary>
/// Fcps:RequireHttps: every answer over HTTPS. A request that arrives over plain HTTP (not from a known proxy that
/// says its client used HTTPS) is redirected, never served: the sign-in and anti-forgery cookies are Secure-only then,
/// and a page served over HTTP could not set them. The redirect goes to Fcps:PublicUrl (its host, port and path, not
/// the request's Host); without one, to this server's own HTTPS port, which must then be known at start.
/// </summary>
internal static class HttpsRequirement
{
    public const string Setting = "Fcps:RequireHttps";

    public static bool Required(IConfiguration configuration) => configuration.GetValue<bool>(Setting);

    /// <summary>
    /// Where plain-HTTP requests are sent: the https public address, or null when the server's own HTTPS port is
    /// known (https_port, an https address to listen on); anything else stops the start with what to set.
    /// </summary>
    public static Uri? RedirectTarget(IConfiguration configuration)
    {
        var publicUrl = PublicLinks.Parse(configuration[PublicLinks.Setting]);
        if (publicUrl is not null)
        {
            return publicUrl.Scheme == Uri.UriSchemeHttps ? publicUrl
                : throw new StartupException($"{Setting} is true, but {PublicLinks.Setting} is '{publicUrl}': with HTTPS required, the address users reach FactoryCPS at is an https one, such as https://fcps.example.com/.");
        }

        if (ServesHttpsItself(configuration))
        {
            return null;
        }

        throw new StartupException($"{Setting} is true, but nothing says where HTTPS is: behind a reverse proxy that terminates TLS, set {PublicLinks.Setting} to the https address users reach FactoryCPS at (and {KnownProxies.Setting} to the proxy's address); or let FactoryCPS serve HTTPS itself (--urls https://…, with a certificate: docs/web.md, HTTPS).");
    }

    public static WebApplicationBuilder AddHttpsRequirement(this WebApplicationBuilder builder)
    {
        if (!Required(builder.Configuration))
        {
            return builder;
        }

        try
        {
            _ = RedirectTarget(builder.Configuration);
        }
        catch (StartupException problem)
        {
            BadSettings.Of(builder.Services).Note(problem);
        }

        builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        return builder;
    }

    /// <summary>Before anything answers: HSTS on HTTPS answers, and plain HTTP redirected (307, so a POST stays a POST).</summary>
    public static WebApplication UseHttpsRequirement(this WebApplication app)
    {
        if (!Required(app.Configuration))
        {
            return app;
        }

        app.UseHsts();
        Uri? target;
        try
        {
            target = RedirectTarget(app.Configuration);
        }
        catch (StartupException)
        {
            return app; // the start-up task stops the server with the message
        }

        if (target is null)
        {
            app.UseHttpsRedirection();
            return app;
        }

        var root = target.AbsoluteUri;
        app.Use((context, next) =>
        {
            if (context.Request.IsHttps)
            {
                return next(context);
            }

            // Appended as text, not resolved as a relative URI: a path such as /javascript:… stays a path under the root.
            context.Response.StatusCode = StatusCodes.Status307TemporaryRedirect;
            context.Response.Headers.Location = root + context.Request.Path.ToUriComponent().TrimStart('/') + context.Request.QueryString.ToUriComponent();
            return Task.CompletedTask;
        });
        return app;
    }

    /// <summary>The framework's own ways of naming the HTTPS port (https_port, ASPNETCORE_HTTPS_PORT), or an https address to listen on.</summary>
    private static bool ServesHttpsItself(IConfiguration configuration) =>
        configuration["https_port"] is { Length: > 0 } || configuration["https_ports"] is { Length: > 0 }
        || (configuration["urls"] ?? "").Contains("https://", StringComparison.OrdinalIgnoreCase)
        || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any(e => (e["Url"] ?? "").StartsWith("https://", StringComparison.OrdinalIgnoreCase));
}
