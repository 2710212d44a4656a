using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactoryCps.Web.Shared;

/// <summary>
/// An evidence file as stored, whoever gave it (a supplier's answer, a self-assessment answer): kept as uploaded,
/// with the type its first bytes say (not its name) and its SHA-256, so that what was judged can be shown to be
/// what was received. Each kind keeps its own table and the keys of what it is evidence for; the shape is this one.
/// </summary>
internal abstract class StoredEvidence
{
    public long Id { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    public string Sha256 { get; set; } = "";

    public byte[] Content { get; set; } = [];

    public DateTimeOffset UploadedAt { get; set; }

    public string UploadedBy { get; set; } = "";

    /// <summary>Takes a checked upload (<see cref="EvidenceUpload.Check"/>): its name, type, bytes and hash, and who gave it when.</summary>
    public void Hold(EvidenceUpload upload, DateTimeOffset at, string by)
    {
        (FileName, ContentType, Size, Sha256, Content) = (upload.FileName, upload.ContentType, upload.Content.Length, upload.Sha256, upload.Content);
        (UploadedAt, UploadedBy) = (at, by);
    }

    /// <summary>The columns every evidence table has, bounded alike.</summary>
    public static void Configure<TEvidence>(EntityTypeBuilder<TEvidence> e)
        where TEvidence : StoredEvidence
    {
        e.Property(x => x.FileName).HasMaxLength(256);
        e.Property(x => x.ContentType).HasMaxLength(128);
        e.Property(x => x.Sha256).HasMaxLength(64);
        e.Property(x => x.UploadedBy).HasMaxLength(256);
    }
}
