using FactoryCps.Diagnostics;
using FactoryCps.Localization;
using FactoryCps.Workbooks;

namespace FactoryCps.Web.Checklists;

/// <summary>The two shapes a round travels in: a workbook to fill in Excel or Calc, and the YAML kept beside the model.</summary>
internal enum RoundFileFormat
{
    Xlsx,
    Yaml,
}

/// <summary>
/// One thing wrong with an uploaded round file, where it is: a workbook's sheet and cell, or the YAML's file, line and
/// column; the code is the message key (or the round's refusal) and the message is rendered when shown.
/// </summary>
internal sealed record RoundFileProblem(string? Sheet, string? Cell, SourceLocation? At, string Code, Func<Language, string> Message)
{
    /// <summary><c>'設問'!F5</c>, <c>answers.yaml:12:3</c>, or empty for the whole file.</summary>
    public string Where => Sheet is not null ? (Cell is null ? $"'{Sheet}'" : $"'{Sheet}'!{Cell}") : At?.ToString() ?? "";

    public static RoundFileProblem Of(WorkbookProblem p) => new(p.Sheet, p.Cell, null, p.Code, p.Message.Render);

    public static RoundFileProblem Of(Diagnostic d) => new(null, null, d.Location, d.Message.Key, d.Message.Render);
}

/// <summary>
/// What an uploaded round file did, all or nothing: refused (the round's refusal, the problems, or the questions
/// answered by someone else since the file was made), or stored — how many answers changed and which were left blank.
/// </summary>
internal sealed record RoundFileImport(RoundRefusal? Refusal, IReadOnlyList<RoundFileProblem> Problems, int Stored, IReadOnlyList<string> Blank)
{
    public bool Succeeded => Refusal is null && Problems.Count == 0;

    /// <summary>The status the page and the API answer with: 415 for a file of another type, 400 for a broken one, 409 when stale.</summary>
    public int Status => Refusal switch
    {
        null when Problems.Count == 0 => StatusCodes.Status200OK,
        null when Problems.Any(p => p.Code == TypeNotAllowed) => StatusCodes.Status415UnsupportedMediaType,
        null => StatusCodes.Status400BadRequest,
        RoundRefusal.NotFound => StatusCodes.Status404NotFound,
        RoundRefusal.NotAssigned => StatusCodes.Status403Forbidden,
        RoundRefusal.ChangedMeanwhile => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status422UnprocessableEntity,
    };

    public const string TypeNotAllowed = nameof(TypeNotAllowed);

    public static RoundFileImport Refused(RoundRefusal refusal, params RoundFileProblem[] problems) => new(refusal, problems, 0, []);

    public static RoundFileImport Rejected(IEnumerable<RoundFileProblem> problems) => new(null, [.. problems], 0, []);
}
