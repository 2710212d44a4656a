using System.CommandLine;
using FactoryCps.Analysis;
using FactoryCps.Checklists;
using FactoryCps.Checklists.Excel;
using FactoryCps.Checklists.Files;
using FactoryCps.Cli.Common;
using FactoryCps.Cli.Resources;
using FactoryCps.Localization;

namespace FactoryCps.Cli.Assessment;

/// <summary>
/// <c>fcps assessment template MODEL --out FILE --format xlsx|yaml</c>: the questions the applicability rule asks
/// of the model (in the scope given), with empty answers, as a workbook to fill in or an answers file to edit.
/// </summary>
internal static class AssessmentTemplateCommand
{
    /// <summary>The round key of a workbook made here; the web writes its stored round's id instead.</summary>
    public const string RoundKey = "template";

    public static Command Create(CliContext context)
    {
        var input = ModelInput.Create(context);
        var scopeOptions = ScopeOptions.Create(context);
        var format = CommonOptions.Format(context, "xlsx", "yaml");
        var output = new Option<string>("--out")
        {
            Description = context.Text(nameof(CliText.OptionAssessmentOut)),
            HelpName = "FILE",
            Required = true,
        };
        var command = new Command("template", context.Text(nameof(CliText.AssessmentTemplateDescription)));
        input.AddTo(command, withDate: true);
        command.Options.Add(output);
        command.Options.Add(format);
        scopeOptions.AddTo(command);
        command.SetAction(parsed =>
        {
            if (input.Load(parsed, context) is not { } loaded)
            {
                return ExitCodes.InvalidInput;
            }

            var scope = scopeOptions.Scope(parsed);
            if (AssessmentInputs.Questions(context, loaded, input.DateOf(parsed, context), scope, context.Text(nameof(CliText.AssessmentScopeOptions))) is not { } asked)
            {
                return ExitCodes.InvalidInput;
            }

            var path = parsed.GetRequiredValue(output);
            var model = loaded.Model;
            if (parsed.GetRequiredValue(format) == "yaml")
            {
                var document = new AssessmentDocument(model.Site.Id, new AssessmentRoundHeader(null, null, scope), [.. asked.Questions.Select(q => AssessmentFileAnswer.Blank(q.Id))]);
                File.WriteAllText(path, AssessmentFileWriter.Write(document));
            }
            else
            {
                using var file = File.Create(path);
                AssessmentWorkbook.Write(Sheet(loaded, scope, asked.Questions, context.Language), loaded.Catalog, context.Language, file);
            }

            context.Environment.Out.WriteLine(context.Text(nameof(CliText.AssessmentTemplateWritten), asked.Questions.Count, path));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The workbook of a round made on the command line: the model's site, the template round, no answers yet.</summary>
    public static AssessmentSheet Sheet(LoadedModel loaded, AssessmentScope scope, IReadOnlyList<AssessmentQuestion> questions, Language language, IReadOnlyList<AssessmentAnswer>? answers = null)
    {
        var site = loaded.Model.Site;
        var title = AssessmentExcelText.Get("AboutTitle", language);
        return new AssessmentSheet(site.Id, site.Name ?? site.Id, RoundKey, title, null, scope, questions, answers ?? [])
        {
            ZoneNames = loaded.Model.Zones.ToDictionary(z => z.Id, z => z.DisplayName, StringComparer.Ordinal),
        };
    }
}
