namespace FactoryCps.Web.Checklists;

/// <summary>A file given as evidence for one answer, checked as supplier evidence is (Shared/EvidenceUpload), kept as uploaded with its SHA-256.</summary>
internal sealed class RoundEvidence
{
    public long Id { get; set; }

    /// <summary>The round (repeated from the question so that every read can be scoped by it in one condition).</summary>
    public long RoundId { get; set; }

    public long RoundQuestionId { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    public required string Sha256 { get; set; }

    public required byte[] Content { get; set; }

    public DateTimeOffset UploadedAt { get; set; }

    public required string UploadedBy { get; set; }
}
