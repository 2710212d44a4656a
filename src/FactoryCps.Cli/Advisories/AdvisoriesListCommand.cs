using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using FactoryCps.Cli.Common;
using FactoryCps.Cli.Database;
using FactoryCps.Cli.Resources;
using FactoryCps.Web.Advisories;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Cli.Advisories;

/// <summary><c>fcps advisories list</c>: the stored advisories in their current version, by tracking id.</summary>
internal static class AdvisoriesListCommand
{
    public static Command Create(CliContext context)
    {
        var format = CommonOptions.Format(context, "text", "json");
        var database = DatabaseOptions.Create(context);
        var command = new Command("list", context.Text(nameof(CliText.AdvisoriesListDescription)));
        command.Options.Add(format);
        database.AddTo(command);
        command.SetAction((parsed, cancellationToken) => DatabaseErrors.RunAsync(context, async () =>
        {
            await using var db = await AdvisoryDatabase.OpenAsync(context, database, parsed, cancellationToken);
            var advisories = await db.Set<AdvisoryEntity>().AsNoTracking()
                .OrderBy(a => a.TrackingId).ThenBy(a => a.PublisherNamespace)
                .Select(a => new { a.PublisherNamespace, a.TrackingId, a.Version, a.Title, a.CurrentReleaseDate, a.MaxCvss, a.Severity, a.Cves, a.IsValid, a.FailedTests, Revisions = a.Revisions.Count })
                .ToListAsync(cancellationToken);
            if (parsed.GetRequiredValue(format) == "json")
            {
                StructuredOutput.Write(context.Environment.Out, new JsonArray([.. advisories.Select(a => (JsonNode)new JsonObject
                {
                    ["publisherNamespace"] = a.PublisherNamespace,
                    ["trackingId"] = a.TrackingId,
                    ["version"] = a.Version,
                    ["title"] = a.Title,
                    ["currentReleaseDate"] = a.CurrentReleaseDate,
                    ["maxCvss"] = a.MaxCvss,
                    ["severity"] = a.Severity,
                    ["cves"] = new JsonArray([.. a.Cves.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(c => JsonValue.Create(c))]),
                    ["valid"] = a.IsValid,
                    ["failedTests"] = new JsonArray([.. a.FailedTests.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(t => JsonValue.Create(t))]),
                    ["revisions"] = a.Revisions,
                })]), "json", omitNulls: false);
                return ExitCodes.Success;
            }

            string T(string key) => context.Text(key);
            var table = Tables.Create(T(nameof(CliText.AdvisoryHeaderId)), T(nameof(CliText.AdvisoryHeaderVersion)), T(nameof(CliText.AdvisoryHeaderReleased)),
                T(nameof(CliText.AdvisoryHeaderCvss)), T(nameof(CliText.AdvisoryHeaderCves)), T(nameof(CliText.AdvisoryHeaderVerdict)), T(nameof(CliText.AdvisoryHeaderTitle)));
            foreach (var a in advisories)
            {
                table.Row(
                    a.TrackingId,
                    a.Version,
                    a.CurrentReleaseDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    a.MaxCvss?.ToString("0.0", CultureInfo.InvariantCulture),
                    a.Cves.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length.ToString(CultureInfo.InvariantCulture),
                    a.IsValid ? T(nameof(CliText.AdvisoryValid)) : context.Text(nameof(CliText.AdvisoryInvalid), a.FailedTests),
                    a.Title);
            }

            Tables.Console(context.Environment).Write(table);
            context.Environment.Out.WriteLine(context.Text(nameof(CliText.AdvisoryListCount), advisories.Count));
            return ExitCodes.Success;
        }));
        return command;
    }
}
