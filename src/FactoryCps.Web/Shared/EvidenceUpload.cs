using System.Globalization;
using System.Security.Cryptography;
using FactoryCps.Web.Resources;

namespace FactoryCps.Web.Shared;

/// <summary>Why an evidence file (a supplier's, an assessment answer's) was not accepted before it was stored.</summary>
internal enum EvidenceProblem
{
    Missing,
    TooLarge,
    TypeNotAllowed,
}

/// <summary>An evidence file that passed the checks: a bounded name, the type its bytes show, and its SHA-256.</summary>
internal sealed record EvidenceUpload(string FileName, string ContentType, byte[] Content, string Sha256)
{
    /// <summary>Checks the bytes (size, then type by magic bytes) and names the file safely; a problem when it is not acceptable.</summary>
    public static (EvidenceUpload? Upload, EvidenceProblem? Problem) Check(string? fileName, byte[] content, int maxBytes)
    {
        if (content.Length == 0)
        {
            return (null, EvidenceProblem.Missing);
        }

        if (content.Length > maxBytes)
        {
            return (null, EvidenceProblem.TooLarge);
        }

        if (EvidenceTypes.Detect(content) is not { } type)
        {
            return (null, EvidenceProblem.TypeNotAllowed);
        }

        return (new EvidenceUpload(SafeName(fileName), type, content, Convert.ToHexStringLower(SHA256.HashData(content))), null);
    }

    /// <summary>The name without any folder a browser sent and without control characters, bounded, never empty.</summary>
    public static string SafeName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/')).Trim();
        name = new string([.. name.Where(c => !char.IsControl(c) && c != '"')]);
        return name.Length == 0 ? "evidence" : name.Length <= 200 ? name : name[^200..];
    }

    /// <summary>A posted file checked as <see cref="Check"/> does; a file over the limit is refused before it is read.</summary>
    public static async Task<(EvidenceUpload? Upload, EvidenceProblem? Problem)> FromFormAsync(IFormFile? file, int maxBytes, CancellationToken cancellationToken)
    {
        if (file is { Length: > 0 } && file.Length > maxBytes)
        {
            return (null, EvidenceProblem.TooLarge);
        }

        if (file is not { Length: > 0 })
        {
            return (null, EvidenceProblem.Missing);
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return Check(file.FileName, buffer.ToArray(), maxBytes);
    }

    /// <summary>Why a file was refused, in the request's language.</summary>
    public static string Describe(EvidenceProblem problem, int maxBytes) => problem switch
    {
        EvidenceProblem.Missing => WebText.PortalFileMissing,
        EvidenceProblem.TooLarge => string.Format(CultureInfo.CurrentCulture, WebText.PortalFileTooLarge, maxBytes / (1024 * 1024)),
        _ => WebText.PortalFileType,
    };
}
