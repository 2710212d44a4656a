using FactoryCps.Analysis;
using FactoryCps.Checklists;
using FactoryCps.Checklists.Excel;
using FactoryCps.Checklists.Files;
using FactoryCps.Cli.Common;

namespace FactoryCps.Cli.Assessment;

/// <summary>The questions a model is asked in a scope, with the analysis they came from.</summary>
internal sealed record AskedQuestions(AnalysisResult Analysis, AssessmentScope Scope, IReadOnlyList<AssessmentQuestion> Questions);

/// <summary>An answers file read and checked against the model: its questions (the file's scope) and answers by question id.</summary>
internal sealed record LoadedAnswers(string Path, AskedQuestions Asked, IReadOnlyDictionary<string, AssessmentAnswer> Answers);

/// <summary>
/// Reads what the assessment commands take: the questions of a scope, and an answers file (.yaml, .yml, .json or
/// .xlsx) checked against the model. Every problem is written with its place (file:line:column, or the file and
/// 'Sheet'!Cell) and null returned, so the command exits 2.
/// </summary>
internal static class AssessmentInputs
{
    public static AskedQuestions? Questions(CliContext context, LoadedModel loaded, DateOnly date, AssessmentScope scope, string where)
    {
        var problems = ScopeCheck.Problems(scope, loaded.Catalog, loaded.Model);
        foreach (var problem in problems)
        {
            context.Environment.Error.WriteLine($"{where}: {problem.Get(context.Language)}");
        }

        if (problems.Count > 0)
        {
            return null;
        }

        var analysis = ModelAnalyzer.Analyze(loaded, date);
        var questions = AssessmentQuestions.For(loaded.Catalog, analysis, scope);
        if (questions.Count == 0)
        {
            context.Environment.Error.WriteLine($"{where}: {ScopeCheck.AsksNothing.Get(context.Language)}");
            return null;
        }

        return new AskedQuestions(analysis, scope, questions);
    }

    public static LoadedAnswers? Answers(CliContext context, string path, LoadedModel loaded, DateOnly date) =>
        Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase)
            ? Workbook(context, path, loaded, date)
            : Yaml(context, path, loaded, date);

    private static LoadedAnswers? Yaml(CliContext context, string path, LoadedModel loaded, DateOnly date)
    {
        var read = AssessmentFileReader.ReadFile(path);
        if (DiagnosticsOutput.Write(context, read.Diagnostics) || read.Document is not { } document)
        {
            return null;
        }

        if (Questions(context, loaded, date, document.Round.Scope, path) is not { } asked)
        {
            return null;
        }

        var fit = AssessmentFileCheck.Against(document, path, loaded.Model.Site.Id, [.. asked.Questions.Select(q => q.Id)]);
        if (DiagnosticsOutput.Write(context, fit))
        {
            return null;
        }

        var answers = document.Answers.Select(a => (Entry: a, Answer: a.ToAnswer())).Where(p => p.Answer is not null).ToList();
        var located = answers.ToDictionary(p => p.Entry.Question, p => p.Entry.Location, StringComparer.Ordinal);
        var problems = AnswerCheck.CheckAll(answers.Select(p => p.Answer!), asked.Questions, loaded.Catalog);
        foreach (var problem in problems)
        {
            var where = located.GetValueOrDefault(problem.QuestionId)?.ToString() ?? path;
            context.Environment.Error.WriteLine($"{where}: {problem.Message.Get(context.Language)}");
        }

        return problems.Count > 0 ? null : new LoadedAnswers(path, asked, answers.ToDictionary(p => p.Entry.Question, p => p.Answer!, StringComparer.Ordinal));
    }

    /// <summary>
    /// A workbook says which round and scope it was made for; the questions of that scope are asked of the model
    /// again and the file checked against them whole (a workbook of another site, or made before the questions
    /// changed, is refused).
    /// </summary>
    private static LoadedAnswers? Workbook(CliContext context, string path, LoadedModel loaded, DateOnly date)
    {
        var bytes = File.ReadAllBytes(path);
        var (identity, problems) = AssessmentWorkbook.ReadIdentity(new MemoryStream(bytes, writable: false), loaded.Catalog);
        if (identity is null)
        {
            WriteProblems(context, path, problems.Select(p => p.Render(context.Language)));
            return null;
        }

        if (Questions(context, loaded, date, identity.Scope, path) is not { } asked)
        {
            return null;
        }

        var expected = AssessmentTemplateCommand.Sheet(loaded, identity.Scope, asked.Questions, context.Language) with { Round = identity.Round.Length > 0 ? identity.Round : AssessmentTemplateCommand.RoundKey };
        var result = AssessmentWorkbook.Read(new MemoryStream(bytes, writable: false), expected, loaded.Catalog);
        if (!result.Succeeded)
        {
            WriteProblems(context, path, result.Problems.Select(p => p.Render(context.Language)));
            return null;
        }

        return new LoadedAnswers(path, asked, result.Answers.ToDictionary(a => a.QuestionId, StringComparer.Ordinal));
    }

    private static void WriteProblems(CliContext context, string path, IEnumerable<string> problems)
    {
        foreach (var problem in problems)
        {
            context.Environment.Error.WriteLine($"{path}: {problem}");
        }
    }
}
