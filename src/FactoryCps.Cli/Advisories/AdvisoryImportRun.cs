using FactoryCps.Advisories.Import;
using FactoryCps.Web.Advisories;

namespace FactoryCps.Cli.Advisories;

/// <summary>One file's outcome: stored (with the store's answer) or rejected (with every reason).</summary>
internal sealed record ImportedFile(string File, AdvisoryImportResult? Result, ImportableAdvisory? Advisory, IReadOnlyList<AdvisoryProblem> Problems)
{
    /// <summary>For a file whose exact content was stored already: the stored version it is.</summary>
    public StoredVersion? Stored { get; init; }

    public string? Sha256 => Advisory?.ContentSha256 ?? StoredSha256;

    public string? StoredSha256 { get; init; }

    public AdvisoryImportOutcome Outcome => Result?.Outcome ?? AdvisoryImportOutcome.Rejected;
}

internal sealed record ImportSummary(IReadOnlyList<ImportedFile> Files, IReadOnlyList<AdvisoryProblem> NotPresent, IReadOnlyList<AdvisoryProblem> Problems, TimeSpan Elapsed)
{
    public int Count(AdvisoryImportOutcome outcome) => Files.Count(f => f.Outcome == outcome);

    /// <summary>Rejected files plus paths or feeds that could not be read.</summary>
    public int Rejected => Count(AdvisoryImportOutcome.Rejected) + Problems.Count;
}

/// <summary>
/// Discovers, reads and stores: files are read and validated in parallel in small batches (the expensive part),
/// then stored one by one, each in its own transaction. Batches keep memory bounded on large mirrors.
/// </summary>
internal static class AdvisoryImportRun
{
    private const int BatchSize = 64;

    public static async Task<ImportSummary> RunAsync(IEnumerable<string> paths, AdvisoryStore store, string importedBy, TimeProvider time, Action<int, int>? progress, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var discovery = AdvisoryDiscoverer.Discover(paths);
        var stored = await store.StoredVersionsAsync(cancellationToken);
        var files = new List<ImportedFile>(discovery.Files.Count);
        foreach (var batch in discovery.Files.Chunk(BatchSize))
        {
            var loads = batch.AsParallel().AsOrdered().WithCancellation(cancellationToken).Select(f => AdvisoryLoader.Load(f, stored.ContainsKey)).ToList();
            foreach (var load in loads)
            {
                if (load.StoredSha256 is { } sha256)
                {
                    var version = stored[sha256];
                    files.Add(new ImportedFile(load.File, new AdvisoryImportResult(AdvisoryImportOutcome.Unchanged, version.AdvisoryId, version.CurrentVersion, version.CurrentVersion), null, []) { Stored = version, StoredSha256 = sha256 });
                    continue;
                }

                if (load.Advisory is null)
                {
                    files.Add(new ImportedFile(load.File, null, null, load.Problems));
                    continue;
                }

                var result = await store.ImportAsync(load.Advisory, importedBy, cancellationToken);
                IReadOnlyList<AdvisoryProblem> problems = result.Problem is { } problem ? [new AdvisoryProblem(load.File, "/document/tracking/version", problem)] : [];
                // The document bytes are not needed any more; the summary keeps only what it reports.
                files.Add(new ImportedFile(load.File, result, load.Advisory with { Content = [] }, problems));
            }

            progress?.Invoke(files.Count, discovery.Files.Count);
        }

        return new ImportSummary(files, discovery.NotPresent, discovery.Problems, time.GetElapsedTime(started));
    }
}
