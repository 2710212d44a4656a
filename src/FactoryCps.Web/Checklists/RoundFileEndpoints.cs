using FactoryCps.Localization;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Api;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Resources;
using FactoryCps.Web.Security;
using FactoryCps.Web.Shared;

namespace FactoryCps.Web.Checklists;

/// <summary>
/// /api/v1 for a round as a file (docs/assessment.md "In the web"), as its page: the download for the site's
/// readers (the caller's questions when they answer, every one when they manage rounds or only read), and the upload
/// for those who answer, all of the file or nothing, refused with each problem's sheet and cell or line.
/// </summary>
internal static class RoundFileEndpoints
{
    public static RouteGroupBuilder MapRoundFiles(this RouteGroupBuilder api)
    {
        var tagged = api.MapGroup("").WithTags(ApiTags.Assessments);
        var access = new SitePermissionAttribute(SitePermission.View, SitePermission.AnswerAssessments);
        const string Path = "/sites/{site}/assessments/{number:int}/file";
        tagged.MapGet(Path, DownloadAsync).WithName("GetAssessmentRoundFile").WithMetadata(access)
            .WithSummary("The round as a file to answer offline: ?format=xlsx (the default; ?lang=ja or en) or yaml. Holds the caller's questions, or every question for those who manage rounds or only read. A closed round's file is its read-only record.")
            .Produces(StatusCodes.Status200OK, contentType: RoundFiles.XlsxType).Produces(StatusCodes.Status200OK, contentType: RoundFiles.YamlType)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        foreach (var (map, name) in new (Func<string, Delegate, RouteHandlerBuilder>, string)[] { (tagged.MapPut, "PutAssessmentRoundFile"), (tagged.MapPost, "PostAssessmentRoundFile") })
        {
            map(Path, UploadAsync).WithName(name).WithMetadata(access)
                .WithSummary("Imports a filled file of this round (the body is the .xlsx or the YAML, at most 5 MB): every changed answer is stored through the answer rules, or none — 400 with each problem's sheet and cell or line, 403 for another's question, 409 for a question changed since the download, 415 for another type of file, 422 when the round is closed.")
                .WithRequestBody([RoundFiles.XlsxType, RoundFiles.YamlType, "text/plain"]).Produces<RoundFileImportDto>()
                .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
                .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
                .ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        }

        return api;
    }

    private static async Task<IResult> DownloadAsync(int number, string? format, string? lang, SiteContext access, HttpContext context, RoundDesk desk, RoundFiles files)
    {
        if (RoundFiles.Format(format) is not { } shape)
        {
            return Problems.BadRequest("format", WebText.ApiInvalidDetail);
        }

        Language? language = lang switch
        {
            null or "ja" => Language.Ja,
            "en" => Language.En,
            _ => null,
        };
        if (language is null)
        {
            return Problems.BadRequest("lang", WebText.ApiLanguageUnknown);
        }

        if (await desk.FindAsync(access.Site.Id, number, context.RequestAborted) is not { } round)
        {
            return Problems.NotFound();
        }

        var actor = RoundActors.Of(access, context.User);
        var (content, type, name) = await files.ExportAsync(access.Site, round, actor, access.May(SitePermission.AnswerAssessments), shape, language.Value, context.RequestAborted);
        return Results.File(content, type, name);
    }

    private static async Task<IResult> UploadAsync(int number, SiteContext access, HttpContext context, RoundFiles files)
    {
        // The size is capped while reading, before any reader sees a byte; then the type by the bytes, as for evidence.
        var (content, tooLarge) = await ApiBodies.BytesAsync(context.Request, RoundFiles.MaxFileBytes, context.RequestAborted);
        if (content is null)
        {
            return tooLarge!;
        }

        if (EvidenceUpload.Check(null, content, RoundFiles.MaxFileBytes).Problem is EvidenceProblem.Missing)
        {
            return Problems.BadRequest("", EvidenceUpload.Describe(EvidenceProblem.Missing, RoundFiles.MaxFileBytes));
        }

        var outcome = await files.ImportAsync(access.Site, number, "upload", content, RoundActors.Of(access, context.User), context.RequestAborted);
        if (outcome.Succeeded)
        {
            return ApiSetup.Json(new RoundFileImportDto(number, outcome.Stored, [.. outcome.Blank]));
        }

        if (outcome.Refusal is RoundRefusal.NotFound)
        {
            return Problems.NotFound();
        }

        var status = outcome.Status;
        var (type, title) = status switch
        {
            StatusCodes.Status403Forbidden => (Problems.ForbiddenType, WebText.ApiForbidden),
            StatusCodes.Status409Conflict => (Problems.ConflictType, WebText.ApiConflict),
            StatusCodes.Status422UnprocessableEntity => (Problems.RefusedType, WebText.ApiRefused),
            _ => (Problems.Invalid, WebText.ApiInvalid),
        };
        var language = Lang.Current;
        var errors = outcome.Problems.Select(p => new FileError(p.Where, p.Sheet, p.Cell, p.At?.Line, p.At?.Column, p.Code, p.Message(language)));
        var detail = outcome.Refusal is { } refusal && outcome.Problems.Count == 0 ? RoundText.Refusal(refusal) : WebText.AssessmentFileRefused;
        return FileProblems.Rejected(status, type, title, detail, outcome.Refusal?.ToString() ?? outcome.Problems.FirstOrDefault()?.Code, errors);
    }
}

/// <summary>An imported round file: how many answers it changed, and the questions it left blank (their stored answers kept).</summary>
internal sealed record RoundFileImportDto(int Round, int Stored, List<string> Blank);
