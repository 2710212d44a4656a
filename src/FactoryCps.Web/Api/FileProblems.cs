using FactoryCps.Web.Hosting;
using FactoryCps.Workbooks;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Api;

/// <summary>One problem of an uploaded file: where it is (a workbook's sheet and cell, a text file's line and column), its code and message.</summary>
internal sealed record FileError(string Path, string? Sheet, string? Cell, int? Line, int? Column, string Code, string Message)
{
    public static FileError Of(WorkbookProblem p) => new(p.Where, p.Sheet, p.Cell, null, null, p.Code, p.Message.Render(Lang.Current));
}

/// <summary>
/// An uploaded file refused whole, nothing stored (a questionnaire's workbook, an assessment round's workbook or
/// YAML): problem details whose <c>errors</c> each say where, so that a client can point at the cell or line.
/// </summary>
internal static class FileProblems
{
    public static IResult Rejected(int status, string type, string title, string detail, string? code, IEnumerable<FileError> errors)
    {
        var extensions = new Dictionary<string, object?>
        {
            ["errors"] = errors.Select(e =>
            {
                var error = new Dictionary<string, object?> { ["path"] = e.Path, ["sheet"] = e.Sheet, ["cell"] = e.Cell };
                if (e.Line is > 0)
                {
                    (error["line"], error["column"]) = (e.Line, e.Column);
                }

                (error["code"], error["message"]) = (e.Code, e.Message);
                return error;
            }).ToList(),
            ["warnings"] = Array.Empty<object>(),
        };
        if (code is not null)
        {
            extensions["code"] = code;
        }

        return TypedResults.Problem(new ProblemDetails { Status = status, Type = type, Title = title, Detail = detail, Extensions = extensions });
    }
}
