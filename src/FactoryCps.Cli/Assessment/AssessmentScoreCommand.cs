using System.CommandLine;
using FactoryCps.Checklists;
using FactoryCps.Cli.Common;
using FactoryCps.Cli.Resources;

namespace FactoryCps.Cli.Assessment;

/// <summary>
/// <c>fcps assessment score MODEL ANSWERS [--previous ANSWERS]</c>: a round's scores (site, steps, groups, zones
/// with FR1–FR7) and where the answers disagree with the model's statuses, computed as the web computes them;
/// with a previous round, what improved and what worsened.
/// </summary>
internal static class AssessmentScoreCommand
{
    public static Command Create(CliContext context)
    {
        var answers = new Argument<string>("answers") { Description = context.Text(nameof(CliText.AssessmentAnswersArgument)), HelpName = "ANSWERS" };
        var previous = new Option<string>("--previous")
        {
            Description = context.Text(nameof(CliText.OptionAssessmentPrevious)),
            HelpName = "ANSWERS",
        };
        var command = ModelCommand.Create(context, "score", context.Text(nameof(CliText.AssessmentScoreDescription)), withDate: true, run =>
        {
            // Both files are read before giving up, so that one run reports what is wrong with either.
            var current = AssessmentInputs.Answers(context, run.Parsed.GetRequiredValue(answers), run.Loaded, run.Date);
            var before = run.Parsed.GetValue(previous) is { } path ? AssessmentInputs.Answers(context, path, run.Loaded, run.Date) : null;
            if (current is null || (run.Parsed.GetValue(previous) is not null && before is null))
            {
                return ExitCodes.InvalidInput;
            }

            var result = Score(run.Loaded.Catalog, run.Loaded.Model, current, before);
            return run.Write(
                () => AssessmentJson.Write(run.ModelPath, result),
                console => AssessmentText.Write(console, context, run.Loaded, result));
        });
        command.Arguments.Add(answers);
        command.Options.Add(previous);
        return command;
    }

    private static ScoredRound Score(FactoryCps.Catalog.GuidelineCatalog catalog, FactoryCps.Model.FactoryModel model, LoadedAnswers current, LoadedAnswers? before)
    {
        var scores = AssessmentScoring.Compute(catalog, current.Asked.Analysis, current.Asked.Questions, current.Answers);
        var disagreements = Disagreements.Find(catalog, model, current.Asked.Questions, current.Answers);
        RoundComparison? comparison = null;
        if (before is not null)
        {
            var previousScores = AssessmentScoring.Compute(catalog, before.Asked.Analysis, before.Asked.Questions, before.Answers);
            comparison = RoundComparison.Compare(before.Asked.Questions, before.Answers, previousScores, current.Asked.Questions, current.Answers, scores);
        }

        return new ScoredRound(current, scores, disagreements, before, comparison);
    }
}

/// <summary>What <c>assessment score</c> shows: the answers read, their scores, disagreements and the comparison with a previous round.</summary>
internal sealed record ScoredRound(
    LoadedAnswers Current,
    AssessmentScores Scores,
    IReadOnlyList<Disagreement> Disagreements,
    LoadedAnswers? Previous,
    RoundComparison? Comparison);
