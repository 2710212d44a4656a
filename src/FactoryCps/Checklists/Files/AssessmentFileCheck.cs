using FactoryCps.Diagnostics;

namespace FactoryCps.Checklists.Files;

/// <summary>
/// Whether an assessment file fits the model it is scored against: the same site, and every answered question one
/// the applicability rule asks of that model in the file's scope. Each problem names the answer's line.
/// </summary>
internal static class AssessmentFileCheck
{
    public static IReadOnlyList<Diagnostic> Against(AssessmentDocument document, string fileName, string siteId, IReadOnlyCollection<string> questionIds)
    {
        ArgumentNullException.ThrowIfNull(document);
        var diagnostics = new DiagnosticBag();
        if (document.Site != siteId)
        {
            diagnostics.Error(new SourceLocation(fileName, 0, 0), "site", "AssessmentOtherSite", document.Site, siteId);
            return diagnostics.Items;
        }

        var known = questionIds as IReadOnlySet<string> ?? new HashSet<string>(questionIds, StringComparer.Ordinal);
        for (var i = 0; i < document.Answers.Count; i++)
        {
            var answer = document.Answers[i];
            if (!known.Contains(answer.Question))
            {
                diagnostics.Error(answer.Location, $"answers[{i}].question", "AssessmentUnknownQuestion", answer.Question);
            }
        }

        return diagnostics.Items;
    }
}
