using System.Collections.Concurrent;
using System.Text.Json;
using FactoryCps.Advisories;
using FactoryCps.Diagnostics;

namespace FactoryCps.Matching;

/// <summary>An advisory file that could not be used, and why.</summary>
internal sealed record AdvisoryFileError(string File, string Path, Message Reason);

/// <summary>What reading a folder of advisories gave: the documents, the unusable files, and JSON files that are not CSAF (feeds, indexes).</summary>
internal sealed record AdvisoryFolderContent(IReadOnlyList<(CsafDocument Document, string Source)> Documents, IReadOnlyList<AdvisoryFileError> Errors, int NotCsaf);

/// <summary>
/// Reads every <c>*.json</c> under a folder (in parallel, with the CSAF reader's size and depth limits) for
/// matching. Documents are read tolerantly, without the schema check of <c>fcps csaf validate</c>: an advisory
/// with a formal flaw still names products that matter. JSON that is not a CSAF document (a ROLIE feed, a
/// provider-metadata.json) is counted and left aside; a file that is not JSON at all is an error.
/// </summary>
internal static class AdvisoryFolder
{
    public static AdvisoryFolderContent Read(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var documents = new ConcurrentBag<(int Order, CsafDocument Document, string Source)>();
        var errors = new ConcurrentBag<AdvisoryFileError>();
        var notCsaf = 0;
        Parallel.For(0, files.Count, i =>
        {
            var (json, error) = CsafReader.Parse(files[i]);
            if (error is not null)
            {
                errors.Add(new AdvisoryFileError(files[i], error.Path, error.Message));
                return;
            }

            using (json)
            {
                var root = json!.RootElement;
                if (!root.TryGetProperty("document", out var document) || document.ValueKind != JsonValueKind.Object || !document.TryGetProperty("csaf_version", out _))
                {
                    Interlocked.Increment(ref notCsaf);
                    return;
                }

                documents.Add((i, CsafModelReader.Read(root), files[i]));
            }
        });

        return new AdvisoryFolderContent(
            [.. documents.OrderBy(d => d.Order).Select(d => (d.Document, d.Source))],
            [.. errors.OrderBy(e => e.File, StringComparer.Ordinal)],
            notCsaf);
    }
}
