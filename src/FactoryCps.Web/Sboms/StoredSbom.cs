using FactoryCps.Web.Sites;

namespace FactoryCps.Web.Sboms;

/// <summary>
/// An SBOM uploaded for one asset of a site. The newest row of an asset is its current SBOM; older rows are kept
/// (a few, see SbomStore.HistoryKept) so that a new upload can be compared with the one it replaced. The file is
/// kept as uploaded, gzip-compressed, so it can be read again with the same reader and downloaded unchanged.
/// </summary>
internal sealed class StoredSbom
{
    public long Id { get; set; }

    public int SiteId { get; set; }

    /// <summary>The model's asset id (not a foreign key: assets are model objects, and an SBOM may outlive an edit).</summary>
    public required string AssetId { get; set; }

    /// <summary>The uploaded file's name, without any folder.</summary>
    public required string FileName { get; set; }

    /// <summary><c>CycloneDX</c> or <c>SPDX</c>.</summary>
    public required string Format { get; set; }

    public required string SpecVersion { get; set; }

    /// <summary>The product the SBOM describes, when it names one.</summary>
    public string? Subject { get; set; }

    /// <summary>SHA-256 of the uploaded bytes, lower-case hex.</summary>
    public required string Sha256 { get; set; }

    /// <summary>Bytes as uploaded (before compression).</summary>
    public long Size { get; set; }

    public int ComponentCount { get; set; }

    /// <summary>The uploaded bytes, gzip-compressed.</summary>
    public required byte[] Content { get; set; }

    public DateTimeOffset UploadedAt { get; set; }

    public string? UploadedById { get; set; }

    public required string UploadedBy { get; set; }

    public SiteEntity? Site { get; set; }
}
