using System.Security.Cryptography;

namespace FactoryCps.Web.Suppliers.Questionnaires;

/// <summary>Why an evidence file was not accepted before it reached the questionnaire.</summary>
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
}
