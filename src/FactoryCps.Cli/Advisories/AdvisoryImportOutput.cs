using System.Globalization;
using System.Text.Json.Nodes;
using FactoryCps.Advisories.Import;
using FactoryCps.Cli.Resources;
using FactoryCps.Web.Advisories;

namespace FactoryCps.Cli.Advisories;

/// <summary>The import summary: counts, every rejection with its reasons, and what changed; as text or JSON.</summary>
internal static class AdvisoryImportOutput
{
    public static void Text(CliContext context, ImportSummary summary)
    {
        var output = context.Environment.Out;
        foreach (var problem in summary.Problems)
        {
            output.WriteLine(context.Text(nameof(CliText.AdvisoryImportRejected), problem.File, Describe(context, problem)));
        }

        foreach (var file in summary.Files)
        {
            switch (file.Outcome)
            {
                case AdvisoryImportOutcome.Rejected:
                    foreach (var problem in file.Problems)
                    {
                        output.WriteLine(context.Text(nameof(CliText.AdvisoryImportRejected), file.File, Describe(context, problem)));
                    }

                    break;
                case AdvisoryImportOutcome.Updated:
                    output.WriteLine(context.Text(nameof(CliText.AdvisoryImportUpdated), file.Advisory!.TrackingId, file.Result!.PreviousVersion, file.Advisory.Version));
                    break;
                case AdvisoryImportOutcome.OlderKept:
                    output.WriteLine(context.Text(nameof(CliText.AdvisoryImportOlderKept), file.Advisory!.TrackingId, file.Advisory.Version, file.Result!.CurrentVersion));
                    break;
            }
        }

        if (summary.NotPresent.Count > 0)
        {
            output.WriteLine(context.Text(nameof(CliText.AdvisoryImportNotPresent), summary.NotPresent.Count));
        }

        var invalid = summary.Files.Count(f => f.Outcome is AdvisoryImportOutcome.Imported or AdvisoryImportOutcome.Updated && f.Advisory is { IsValid: false });
        if (invalid > 0)
        {
            output.WriteLine(context.Text(nameof(CliText.AdvisoryImportInvalidKept), invalid));
        }

        output.WriteLine(context.Text(
            nameof(CliText.AdvisoryImportSummary),
            summary.Count(AdvisoryImportOutcome.Imported),
            summary.Count(AdvisoryImportOutcome.Updated),
            summary.Count(AdvisoryImportOutcome.Unchanged),
            summary.Count(AdvisoryImportOutcome.OlderKept),
            summary.Rejected,
            summary.Files.Count,
            summary.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)));
    }

    public static JsonObject Json(CliContext context, ImportSummary summary) => new()
    {
        ["imported"] = summary.Count(AdvisoryImportOutcome.Imported),
        ["updated"] = summary.Count(AdvisoryImportOutcome.Updated),
        ["unchanged"] = summary.Count(AdvisoryImportOutcome.Unchanged),
        ["olderKept"] = summary.Count(AdvisoryImportOutcome.OlderKept),
        ["rejected"] = summary.Rejected,
        ["problems"] = Problems(context, summary.Problems),
        ["notPresent"] = Problems(context, summary.NotPresent),
        ["files"] = new JsonArray([.. summary.Files.Select(f => (JsonNode)new JsonObject
        {
            ["file"] = f.File,
            ["outcome"] = Outcome(f.Outcome),
            ["publisherNamespace"] = f.Advisory?.PublisherNamespace ?? f.Stored?.PublisherNamespace,
            ["trackingId"] = f.Advisory?.TrackingId ?? f.Stored?.TrackingId,
            ["version"] = f.Advisory?.Version ?? f.Stored?.Version,
            ["previousVersion"] = f.Result?.PreviousVersion,
            ["currentVersion"] = f.Result?.CurrentVersion,
            ["valid"] = f.Advisory?.IsValid,
            ["errorCount"] = f.Advisory?.ErrorCount,
            ["failedTests"] = f.Advisory is null ? null : new JsonArray([.. f.Advisory.FailedTests.Select(t => JsonValue.Create(t))]),
            ["sha256"] = f.Sha256,
            ["errors"] = Problems(context, f.Problems),
        })]),
    };

    /// <summary>Stable names for scripts: imported, updated, unchanged, older-kept, rejected.</summary>
    public static string Outcome(AdvisoryImportOutcome outcome) => outcome switch
    {
        AdvisoryImportOutcome.OlderKept => "older-kept",
        _ => outcome.ToString().ToLowerInvariant(),
    };

    private static JsonArray Problems(CliContext context, IEnumerable<AdvisoryProblem> problems) =>
        [.. problems.Select(p => (JsonNode)new JsonObject { ["file"] = p.File, ["path"] = p.Path, ["key"] = p.Message.Key, ["message"] = p.Message.Render(context.Language) })];

    private static string Describe(CliContext context, AdvisoryProblem problem) =>
        problem.Path.Length > 0 ? $"{problem.Path}: {problem.Message.Render(context.Language)}" : problem.Message.Render(context.Language);
}
