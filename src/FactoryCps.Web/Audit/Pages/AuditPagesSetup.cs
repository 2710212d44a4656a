using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Api;
using FactoryCps.Web.Security;
using FactoryCps.Web.Sites;

namespace FactoryCps.Web.Audit.Pages;

internal static class AuditPagesSetup
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>Exports of a site's audit log (CSV for spreadsheets, JSON Lines for tools) and its API.</summary>
    public static WebApplication MapAuditEndpoints(this WebApplication app)
    {
        app.MapApiGroup().MapAudit();
        var site = app.MapGroup("/sites/{site}");
        site.MapGet("/audit.csv", (SiteContext access, HttpContext context, AuditLog log) => Export(access.Site, context, log, "csv"))
            .WithMetadata(new SitePermissionAttribute(SitePermission.ViewAudit));
        site.MapGet("/audit.jsonl", (SiteContext access, HttpContext context, AuditLog log) => Export(access.Site, context, log, "jsonl"))
            .WithMetadata(new SitePermissionAttribute(SitePermission.ViewAudit));
        return app;
    }

    private static async Task Export(SiteEntity site, HttpContext context, AuditLog log, string format)
    {
        context.Response.ContentType = format == "csv" ? "text/csv; charset=utf-8" : "application/jsonl; charset=utf-8";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{site.Key}-audit.{format}\"";
        await using var writer = new StreamWriter(context.Response.Body, new UTF8Encoding(format == "csv"));
        if (format == "csv")
        {
            await writer.WriteLineAsync("id,at,user,action,section,key,before,after");
        }

        await foreach (var entry in log.AllAsync(site.Id).WithCancellation(context.RequestAborted))
        {
            await writer.WriteLineAsync(format == "csv" ? Csv(entry) : JsonSerializer.Serialize(Record(entry), Json));
        }
    }

    private static object Record(AuditEntry e) => new
    {
        id = e.Id,
        at = e.At,
        user = e.UserName,
        action = e.Action,
        section = e.Section,
        key = e.Key,
        before = e.Before,
        after = e.After,
    };

    private static string Csv(AuditEntry e) => string.Join(',', new[]
    {
        e.Id.ToString(CultureInfo.InvariantCulture),
        e.At.ToString("O", CultureInfo.InvariantCulture),
        e.UserName, e.Action, e.Section, e.Key, e.Before, e.After,
    }.Select(Field));

    /// <summary>RFC 4180 quoting, and a leading quote for values a spreadsheet would run as a formula.</summary>
    private static string Field(string? value)
    {
        value ??= "";
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
