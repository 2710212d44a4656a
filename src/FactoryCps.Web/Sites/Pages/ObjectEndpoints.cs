using System.Globalization;
using System.Text.Json.Nodes;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Api;
using FactoryCps.Web.Resources;
using FactoryCps.Web.Security;

namespace FactoryCps.Web.Sites.Pages;

/// <summary>
/// The model object by object: <c>/sites/{site}/{section}</c> lists and creates, <c>…/{section}/{key}</c> reads,
/// updates and deletes with optimistic concurrency. <c>site</c> and <c>bcp</c> are single objects addressed by
/// the section itself.
/// </summary>
/// <remarks>
/// The site authorization reads one permission per endpoint, and countermeasures (Step 2) need another one than
/// the Step 1 sections. So <c>countermeasures</c> has its own routes: a literal segment outranks the
/// <c>{section}</c> parameter, and the generic routes never see it.
/// </remarks>
internal static class ObjectEndpoints
{
    private const string Countermeasures = "countermeasures";

    public static RouteGroupBuilder MapObjects(this RouteGroupBuilder api)
    {
        var step2 = new SitePermissionAttribute(SitePermission.View, SitePermission.EditCountermeasures);
        var cm = api.MapGroup("/sites/{site}/" + Countermeasures).WithMetadata(step2).WithTags(ApiTags.Countermeasures);
        Describe(cm.MapGet("", (string site, SiteContext access, HttpContext context, SiteModelStore store) => ListAsync(access.Site, context, store, Countermeasures)), "ListCountermeasures", "The site's countermeasure statuses, each with its key (id, or id@zone+zone when scoped) and version.", typeof(ObjectList), StatusCodes.Status200OK);
        Describe(cm.MapPost("", (string site, SiteContext access, HttpContext context, SiteModelStore store) => CreateAsync(access.Site, context, store, Countermeasures)), "CreateCountermeasure", "Records the status of a catalog countermeasure at the site.", typeof(JsonObject), StatusCodes.Status201Created, write: true);
        Describe(cm.MapGet("/{key}", (string site, string key, SiteContext access, HttpContext context, SiteModelStore store) => GetAsync(access.Site, context, store, Countermeasures, key)), "GetCountermeasure", "One countermeasure status; ETag is its version.", typeof(JsonObject), StatusCodes.Status200OK);
        Describe(cm.MapPut("/{key}", (string site, string key, SiteContext access, HttpContext context, SiteModelStore store) => UpdateAsync(access.Site, context, store, Countermeasures, key)), "UpdateCountermeasure", "Replaces a countermeasure status; needs If-Match with the version read.", typeof(JsonObject), StatusCodes.Status200OK, write: true, conditional: true);
        Describe(cm.MapDelete("/{key}", (string site, string key, SiteContext access, HttpContext context, SiteModelStore store) => DeleteAsync(access.Site, context, store, Countermeasures, key)), "DeleteCountermeasure", "Removes a countermeasure status; needs If-Match with the version read.", null, StatusCodes.Status204NoContent, write: true, conditional: true);

        var step1 = new SitePermissionAttribute(SitePermission.View, SitePermission.EditModel);
        var model = api.MapGroup("/sites/{site}/{section}").WithMetadata(step1).WithTags(ApiTags.Step1Objects);
        Describe(model.MapGet("", (string site, string section, SiteContext access, HttpContext context, SiteModelStore store) => ListAsync(access.Site, context, store, section)), "ListObjects", "The objects of a section (objectives, requirements, stakeholders, operations, assets, zones, externals, conduits, dataFlows) with keys and versions; for site and bcp the object itself with its ETag.", typeof(ObjectList), StatusCodes.Status200OK);
        Describe(model.MapPost("", (string site, string section, SiteContext access, HttpContext context, SiteModelStore store) => CreateAsync(access.Site, context, store, section)), "CreateObject", "Adds an object to a section (or the bcp when there is none); the whole model is validated with it.", typeof(JsonObject), StatusCodes.Status201Created, write: true);
        Describe(model.MapPut("", (string site, string section, SiteContext access, HttpContext context, SiteModelStore store) => UpdateAsync(access.Site, context, store, section, section)), "UpdateSingleObject", "Replaces the site or bcp object; needs If-Match with the version read.", typeof(JsonObject), StatusCodes.Status200OK, write: true, conditional: true);
        Describe(model.MapDelete("", (string site, string section, SiteContext access, HttpContext context, SiteModelStore store) => DeleteAsync(access.Site, context, store, section, section)), "DeleteSingleObject", "Removes the bcp object; needs If-Match with the version read.", null, StatusCodes.Status204NoContent, write: true, conditional: true);
        Describe(model.MapGet("/{key}", (string site, string section, string key, SiteContext access, HttpContext context, SiteModelStore store) => GetAsync(access.Site, context, store, section, key)), "GetObject", "One object in the model format; ETag is its version.", typeof(JsonObject), StatusCodes.Status200OK);
        Describe(model.MapPut("/{key}", (string site, string section, string key, SiteContext access, HttpContext context, SiteModelStore store) => UpdateAsync(access.Site, context, store, section, key)), "UpdateObject", "Replaces an object; needs If-Match with the version read. Its id must stay the same.", typeof(JsonObject), StatusCodes.Status200OK, write: true, conditional: true);
        Describe(model.MapDelete("/{key}", (string site, string section, string key, SiteContext access, HttpContext context, SiteModelStore store) => DeleteAsync(access.Site, context, store, section, key)), "DeleteObject", "Removes an object that nothing refers to any more; needs If-Match with the version read.", null, StatusCodes.Status204NoContent, write: true, conditional: true);
        return api;
    }

    private static void Describe(RouteHandlerBuilder endpoint, string name, string summary, Type? body, int success, bool write = false, bool conditional = false)
    {
        endpoint.WithName(name).WithSummary(summary);
        if (write)
        {
            if (success != StatusCodes.Status204NoContent)
            {
                endpoint.WithRequestBody(ApiDocument.ObjectBody);
            }

            endpoint.ProducesProblem(StatusCodes.Status400BadRequest)
                .ProducesProblem(StatusCodes.Status403Forbidden)
                .ProducesProblem(StatusCodes.Status409Conflict)
                .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        }

        if (conditional)
        {
            endpoint.ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        }

        endpoint.Produces(success, body, body is null ? null : "application/json").ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static bool IsSingle(string section) => section is "site" or "bcp";

    private static string Address(string site, string section, string key) =>
        IsSingle(section) ? $"{ApiSetup.Prefix}/sites/{site}/{section}" : $"{ApiSetup.Prefix}/sites/{site}/{section}/{Uri.EscapeDataString(key)}";

    private static async Task<IResult> ListAsync(SiteEntity site, HttpContext context, SiteModelStore store, string section)
    {
        if (!SiteModelStore.IsSection(section))
        {
            return Problems.UnknownSection(section);
        }

        if (IsSingle(section))
        {
            return await GetAsync(site, context, store, section, section);
        }

        var objects = await store.SectionAsync(site, section, context.RequestAborted);
        return ApiSetup.Json(new ObjectList(section, [.. objects.Select(o => new ObjectItem(o.Key, o.Version, o.UpdatedAt, o.UpdatedBy, o.Body))]));
    }

    private static async Task<IResult> GetAsync(SiteEntity site, HttpContext context, SiteModelStore store, string section, string key)
    {
        if (!SiteModelStore.IsSection(section))
        {
            return Problems.UnknownSection(section);
        }

        return await store.ObjectAsync(site, section, key, context.RequestAborted) is ({ } body, var version)
            ? ApiSetup.Json(body, version: version)
            : Problems.NotFound();
    }

    private static async Task<IResult> CreateAsync(SiteEntity site, HttpContext context, SiteModelStore store, string section)
    {
        if (!SiteModelStore.IsSection(section))
        {
            return Problems.UnknownSection(section);
        }

        var (body, problem) = await ApiBodies.ObjectAsync(context.Request, context.RequestAborted);
        if (body is null)
        {
            return problem!;
        }

        var key = SiteModelStore.KeyOf(section, body);
        var saved = await store.SaveObjectAsync(site, section, body, expectedVersion: null, context.User.Actor(), context.RequestAborted);
        if (saved.Conflict)
        {
            var current = await store.ObjectAsync(site, section, key, context.RequestAborted);
            return Problems.Exists(key, current?.Body ?? saved.Current!, current?.Version);
        }

        return saved.Version is { } version
            ? ApiSetup.Json(body, StatusCodes.Status201Created, version, Address(site.Key, section, key))
            : Problems.Validation(saved.Diagnostics, withLocation: false);
    }

    private static async Task<IResult> UpdateAsync(SiteEntity site, HttpContext context, SiteModelStore store, string section, string key)
    {
        if (!SiteModelStore.IsSection(section))
        {
            return Problems.UnknownSection(section);
        }

        var (currentVersion, refused) = await CheckPreconditionsAsync(site, context, store, section, key);
        if (refused is not null)
        {
            return refused;
        }

        var (body, problem) = await ApiBodies.ObjectAsync(context.Request, context.RequestAborted);
        if (body is null)
        {
            return problem!;
        }

        if (SiteModelStore.KeyOf(section, body) != key)
        {
            return Problems.BadRequest(IsSingle(section) ? "" : "id", string.Format(CultureInfo.CurrentCulture, WebText.ApiKeyMismatch, key));
        }

        var saved = await store.SaveObjectAsync(site, section, body, currentVersion, context.User.Actor(), context.RequestAborted);
        if (saved.Conflict)
        {
            // Someone saved between our check and our write; show theirs.
            return await TheirsAsync(store, site, section, key, context.RequestAborted);
        }

        return saved.Version is { } newVersion
            ? ApiSetup.Json(body, version: newVersion)
            : Problems.Validation(saved.Diagnostics, withLocation: false);
    }

    private static async Task<IResult> DeleteAsync(SiteEntity site, HttpContext context, SiteModelStore store, string section, string key)
    {
        if (!SiteModelStore.IsSection(section))
        {
            return Problems.UnknownSection(section);
        }

        if (section == "site")
        {
            return Problems.NotAllowed(WebText.ApiSiteNotDeletable);
        }

        var (currentVersion, refused) = await CheckPreconditionsAsync(site, context, store, section, key);
        if (refused is not null)
        {
            return refused;
        }

        SaveResult deleted;
        try
        {
            deleted = await store.DeleteObjectAsync(site, section, key, currentVersion, context.User.Actor(), context.RequestAborted);
        }
        catch (KeyNotFoundException)
        {
            return Problems.NotFound();
        }

        if (deleted.Conflict)
        {
            return await TheirsAsync(store, site, section, key, context.RequestAborted);
        }

        return deleted.Succeeded ? Results.NoContent() : Problems.Validation(deleted.Diagnostics, withLocation: false);
    }

    /// <summary>
    /// What an update and a delete check before they write, in this order: a singleton section's object is
    /// addressed by the section's name, an If-Match is given, the object exists, and the If-Match names its
    /// current version. That version, or the problem to answer.
    /// </summary>
    private static async Task<(int Version, IResult? Refused)> CheckPreconditionsAsync(SiteEntity site, HttpContext context, SiteModelStore store, string section, string key)
    {
        if (!IsSingle(section) && key == section)
        {
            return (0, Problems.NotAllowed(string.Format(CultureInfo.CurrentCulture, WebText.ApiSingletonOnly, section)));
        }

        if (IfMatch.Of(context.Request) is not { } expected)
        {
            return (0, Problems.PreconditionRequired());
        }

        if (await store.ObjectAsync(site, section, key, context.RequestAborted) is not ({ } currentBody, var currentVersion))
        {
            return (0, Problems.NotFound());
        }

        return expected.Contains(currentVersion)
            ? (currentVersion, null)
            : (currentVersion, Problems.Stale(currentBody, currentVersion));
    }

    /// <summary>After a lost race: the version someone else saved, or not found when they deleted it.</summary>
    private static async Task<IResult> TheirsAsync(SiteModelStore store, SiteEntity site, string section, string key, CancellationToken cancellationToken) =>
        await store.ObjectAsync(site, section, key, cancellationToken) is ({ } theirs, var version)
            ? Problems.Stale(theirs, version)
            : Problems.NotFound();
}
