using System.Globalization;
using FactoryCps.Suppliers.Questionnaires;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Resources;

namespace FactoryCps.Web.Suppliers.Questionnaires;

/// <summary>One problem of an uploaded workbook as the page lists it, the message in the page's language.</summary>
internal sealed record ExcelProblemRow(string? Sheet, string? Cell, string Code, string Message);

/// <summary>
/// What the Excel section of a questionnaire page shows (staff and portal alike, _ExcelRoundTrip.cshtml), and the
/// upload's handling both share: read the form's file within the limit, import it, turn the outcome into rows.
/// </summary>
internal sealed class ExcelRoundTrip(string page, bool open, bool askPerson)
{
    public string Page { get; } = page;

    public bool Open { get; } = open;

    public bool AskPerson { get; } = askPerson;

    public string? Person { get; set; }

    public List<ExcelProblemRow> Problems { get; } = [];

    /// <summary>Null until a file was taken.</summary>
    public IReadOnlyList<SupplierAnswer>? Accepted { get; private set; }

    public IReadOnlyList<string> Blank { get; private set; } = [];

    /// <summary>The file of the form, or a problem and the status to answer with (nothing read past the limit).</summary>
    public async Task<(byte[]? Content, int Status)> ReadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is not { Length: > 0 })
        {
            return Refuse(WebText.ExcelFileMissing, StatusCodes.Status422UnprocessableEntity);
        }

        if (file.Length > QuestionnaireWorkbooks.MaxFileBytes)
        {
            return Refuse(string.Format(CultureInfo.CurrentCulture, WebText.ExcelFileTooLarge, QuestionnaireWorkbooks.MaxFileBytes / (1024 * 1024)), StatusCodes.Status413PayloadTooLarge);
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return (buffer.ToArray(), StatusCodes.Status200OK);
    }

    /// <summary>Shows an import's outcome; the status to answer with (422 when nothing was stored).</summary>
    public int Show(WorkbookImport outcome)
    {
        var language = Lang.Current;
        Problems.AddRange(outcome.Problems.Select(p => new ExcelProblemRow(p.Sheet, p.Cell, p.Code, p.Message.Render(language))));
        if (outcome.Refusal is { } refusal)
        {
            Problems.Add(new ExcelProblemRow(null, null, refusal.ToString(), Portal.PortalText.Refusal(refusal)));
        }

        if (!outcome.Succeeded)
        {
            return StatusCodes.Status422UnprocessableEntity;
        }

        Accepted = outcome.Accepted;
        Blank = outcome.Blank;
        return StatusCodes.Status200OK;
    }

    private (byte[]?, int) Refuse(string message, int status)
    {
        Problems.Add(new ExcelProblemRow(null, null, "", message));
        return (null, status);
    }
}
