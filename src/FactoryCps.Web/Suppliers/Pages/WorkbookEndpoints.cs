using FactoryCps.Localization;
using FactoryCps.Suppliers.Questionnaires;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Api;
using FactoryCps.Web.Resources;
using FactoryCps.Web.Security;
using FactoryCps.Web.Suppliers.Questionnaires;

namespace FactoryCps.Web.Suppliers.Pages;

/// <summary>
/// /api/v1 for a questionnaire's Excel round trip (docs/questionnaire-excel.md), as its staff page: the workbook
/// to send, and a filled one imported on the supplier's behalf, all or nothing. ManageSuppliers for both, as the page.
/// </summary>
internal static class WorkbookEndpoints
{
    public static RouteGroupBuilder MapWorkbooks(this RouteGroupBuilder group)
    {
        var manage = new SitePermissionAttribute(SitePermission.ManageSuppliers);
        group.MapGet("/questionnaires/{number:int}/workbook", DownloadAsync).WithName("GetQuestionnaireWorkbook").WithMetadata(manage)
            .WithSummary("The questionnaire as an Excel workbook (?lang=ja, the default, or en) with the answers stored so far.")
            .Produces(StatusCodes.Status200OK, contentType: QuestionnaireWorkbooks.ContentType)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/questionnaires/{number:int}/workbook", ImportAsync).WithName("ImportQuestionnaireWorkbook").WithMetadata(manage)
            .WithSummary("Imports a filled workbook (the body is the .xlsx file, at most 5 MB): every answer of the file is stored, or none (400 with each problem's sheet and cell).")
            .WithRequestBody([QuestionnaireWorkbooks.ContentType]).Produces<WorkbookImportDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return group;
    }

    private static async Task<IResult> DownloadAsync(int number, string? lang, SiteContext access, HttpContext context, QuestionnaireDesk desk, QuestionnaireWorkbooks workbooks)
    {
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

        if (await desk.FindAsync(access.Site.Id, number, context.RequestAborted) is not { } q)
        {
            return Problems.NotFound();
        }

        var content = await workbooks.ExportAsync(q, language.Value, context.RequestAborted);
        return Results.File(content, QuestionnaireWorkbooks.ContentType, QuestionnaireWorkbooks.DownloadName(q, QuestionnaireDesk.Key(q), language.Value));
    }

    private static async Task<IResult> ImportAsync(int number, SiteContext access, HttpContext context, QuestionnaireDesk desk, QuestionnaireWorkbooks workbooks)
    {
        var site = access.Site;
        if (await desk.FindAsync(site.Id, number, context.RequestAborted) is not { } q)
        {
            return Problems.NotFound();
        }

        // The size is capped while reading, before the workbook reader sees a byte.
        var (content, problem) = await ApiBodies.BytesAsync(context.Request, (int)QuestionnaireWorkbooks.MaxFileBytes, context.RequestAborted);
        if (content is null)
        {
            return problem!;
        }

        if (content.Length == 0)
        {
            return Problems.BadRequest("", WebText.ExcelFileMissing);
        }

        var actor = context.User.Actor();
        var outcome = await workbooks.ImportAsync(q, content, actor.UserName, actor, context.RequestAborted);
        if (outcome.Problems.Count > 0)
        {
            return QuestionnaireProblems.WorkbookRejected(outcome.Problems);
        }

        if (outcome.Refusal is { } refusal)
        {
            return QuestionnaireProblems.Refused(refusal);
        }

        var stored = await desk.FindAsync(site.Id, number, context.RequestAborted);
        var accepted = outcome.Accepted.Select(a => new ImportedAnswerDto(a.ItemId, a.Choice.Code(), a.Comment)).ToList();
        return ApiSetup.Json(new WorkbookImportDto(number, stored!.Version, accepted, [.. outcome.Blank]), version: stored.Version);
    }
}
