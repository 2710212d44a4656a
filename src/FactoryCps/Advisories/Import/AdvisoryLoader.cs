using System.Security.Cryptography;
using FactoryCps.Diagnostics;

namespace FactoryCps.Advisories.Import;

/// <summary>
/// Reads one discovered file for import: bounded read, hash files, JSON with limits, schema, CSAF tests. An
/// unreadable or schema-invalid document is rejected with every schema error (file, JSON pointer, what); a
/// document that only fails CSAF tests is importable and carries its verdict.
/// </summary>
internal static class AdvisoryLoader
{
    /// <summary>The schema can report many errors for one broken document; the first ones are enough to fix it.</summary>
    private const int MaxProblems = 20;

    /// <summary>
    /// Reads and checks one file. <paramref name="isStored"/> says whether a document with a SHA-256 is stored
    /// already: such a file is not validated again, which keeps re-importing a mirror quick.
    /// </summary>
    public static AdvisoryLoad Load(AdvisorySourceFile source, Func<string, bool>? isStored = null)
    {
        var (content, readProblem) = Read(source.Path);
        if (content is null)
        {
            return Rejected(source, readProblem!);
        }

        if (HashSidecars.Check(source, content) is { } hashProblem)
        {
            return Rejected(source, hashProblem);
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        if (isStored?.Invoke(sha256) == true)
        {
            return new AdvisoryLoad(source.Path, null, [], sha256);
        }

        var report = CsafValidator.Validate(source.Path, content);
        // The CSAF schema includes the FIRST CVSS schemas; their errors are reported as test 6.1.8.
        var fatal = report.Findings.Where(f => f.Severity == Severity.Error && f.TestId is "json" or "schema" or "6.1.8").ToList();
        if (fatal.Count > 0 || report.Document is null)
        {
            return new AdvisoryLoad(source.Path, null, [.. fatal.Take(MaxProblems).Select(f => new AdvisoryProblem(source.Path, f.Path, f.Message))]);
        }

        var document = report.Document;
        var scores = document.Vulnerabilities.SelectMany(v => v.Scores).Select(s => s.BaseScore).Where(s => !double.IsNaN(s)).ToList();
        double? maxCvss = scores.Count > 0 ? scores.Max() : null;
        var errors = report.Findings.Where(f => f.Severity == Severity.Error).ToList();
        return new AdvisoryLoad(source.Path, new ImportableAdvisory(
            source.Path,
            document.Publisher.Namespace,
            document.Publisher.Name,
            document.Publisher.Category,
            document.Tracking.Id,
            document.Tracking.Version,
            document.Tracking.Status,
            document.Title,
            document.Tracking.InitialReleaseDate,
            document.Tracking.CurrentReleaseDate,
            maxCvss,
            maxCvss is { } max ? SeverityOf(max) : null,
            [.. document.Vulnerabilities.Select(v => v.Cve).OfType<string>().Distinct(StringComparer.Ordinal)],
            errors.Count == 0,
            errors.Count,
            report.Findings.Count(f => f.Severity == Severity.Warning),
            [.. errors.Select(f => f.TestId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            content,
            sha256), []);
    }

    /// <summary>The CVSS v3 qualitative rating of a base score (also used for v2 scores, which have none of their own).</summary>
    public static string SeverityOf(double score) => score switch
    {
        0 => "none",
        < 4 => "low",
        < 7 => "medium",
        < 9 => "high",
        _ => "critical",
    };

    private static AdvisoryLoad Rejected(AdvisorySourceFile source, AdvisoryProblem problem) => new(source.Path, null, [problem]);

    /// <summary>Reads at most <see cref="CsafReader.MaxBytes"/>, checking the length read rather than trusting the size first seen.</summary>
    private static (byte[]? Content, AdvisoryProblem? Problem) Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.SequentialScan);
        if (stream.Length > CsafReader.MaxBytes)
        {
            return (null, new AdvisoryProblem(path, "", new Message("CsafFileTooLarge", stream.Length, CsafReader.MaxBytes)));
        }

        var buffer = new byte[stream.Length];
        stream.ReadExactly(buffer);
        return stream.ReadByte() < 0
            ? (buffer, null)
            : (null, new AdvisoryProblem(path, "", new Message("AdvisoryFileChanged", path)));
    }
}
