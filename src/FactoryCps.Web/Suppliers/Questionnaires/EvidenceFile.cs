namespace FactoryCps.Web.Suppliers.Questionnaires;

/// <summary>
/// A file a supplier gave as evidence for one answer, kept in the database as uploaded, with its SHA-256 so
/// that what was judged can be shown to be what was received. Its type is what its first bytes say, not its name.
/// </summary>
internal sealed class EvidenceFile
{
    public long Id { get; set; }

    /// <summary>The questionnaire (repeated from the item so that every read can be scoped by it in one condition).</summary>
    public long QuestionnaireId { get; set; }

    public long QuestionnaireItemId { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    public required string Sha256 { get; set; }

    public required byte[] Content { get; set; }

    public DateTimeOffset UploadedAt { get; set; }

    public required string UploadedBy { get; set; }
}
