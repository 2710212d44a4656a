using System.Text.Json;
using FactoryCps.Diagnostics;
using Json.Schema;

namespace FactoryCps.Advisories.Validation;

/// <summary>
/// Words the schema errors of a document or CVSS object that the compiled check rejected, with JsonSchema.Net.
/// Kept apart from <see cref="SchemaTests"/> so that a run over valid documents never loads or sets up
/// JsonSchema.Net: its start-up (mostly compiling its generic collections) cost about a tenth of a second per run.
/// </summary>
internal static class SchemaErrors
{
    /// <summary>A broken document can produce thousands of errors; the first ones are enough to fix it.</summary>
    private const int MaxErrors = 50;

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List };

    public static void ReportDocument(CsafTestContext context)
    {
        var results = CsafSchema.Instance.Evaluate(context.Root, Options);
        if (results.IsValid)
        {
            return;
        }

        var errors = (results.Details ?? [])
            .Where(d => !d.IsValid && d.Errors is { Count: > 0 } && !IsInsideCvss(d.InstanceLocation.ToString()))
            .SelectMany(d => d.Errors!.Select(e => (Path: d.InstanceLocation.ToString(), e.Value)))
            .Distinct()
            .ToList();
        foreach (var (path, message) in errors.Take(MaxErrors))
        {
            context.Report("schema", Severity.Error, path, "CsafSchemaError", message);
        }

        // Runs after 6.1.8: an invalid document must never come out without an error.
        if (errors.Count == 0 && !context.Findings.Any(f => f.TestId == "6.1.8"))
        {
            context.Report("schema", Severity.Error, "", "CsafSchemaError", "");
        }
    }

    public static void ReportCvss(CsafTestContext context, string version, JsonElement cvss, string cvssPath)
    {
        var results = CsafSchema.Cvss(version)!.Evaluate(cvss, Options);
        foreach (var detail in (results.Details ?? []).Where(d => !d.IsValid && d.Errors is { Count: > 0 }).Take(MaxErrors))
        {
            foreach (var error in detail.Errors!)
            {
                context.Report("6.1.8", Severity.Error, cvssPath + detail.InstanceLocation, "Csaf_6_1_8", version, error.Value);
            }
        }

        if (!results.IsValid && results.Details is null or { Count: 0 })
        {
            context.Report("6.1.8", Severity.Error, cvssPath, "Csaf_6_1_8", version, "");
        }
    }

    private static bool IsInsideCvss(string pointer) => pointer.Contains("/cvss_v2", StringComparison.Ordinal) || pointer.Contains("/cvss_v3", StringComparison.Ordinal);
}
