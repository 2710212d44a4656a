namespace FactoryCps.Web.Sites;

/// <summary>
/// One object of a site's model (an operation, an asset, a zone, …, or the site and BCP fields) stored in its
/// contract form: the JSON the model format gives it (ModelWriter). The format stays the single definition of a
/// model, import and export are lossless, and each object can be edited, versioned and audited on its own.
/// </summary>
internal sealed class ModelObjectEntity
{
    public long Id { get; set; }

    public int SiteId { get; set; }

    /// <summary><c>site</c>, <c>bcp</c>, or a model list: <c>operations</c>, <c>assets</c>, … (ModelWriter.Sections).</summary>
    public required string Section { get; set; }

    /// <summary>The object's id in the model (its section name for <c>site</c> and <c>bcp</c>; id@zones for a zone-scoped status).</summary>
    public required string Key { get; set; }

    /// <summary>Order within the section, so an export lists objects as they were written.</summary>
    public int Position { get; set; }

    /// <summary>The object as JSON in the model format.</summary>
    public required string Body { get; set; }

    /// <summary>Optimistic concurrency: a save with another version is refused, never overwritten.</summary>
    public int Version { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    public SiteEntity? Site { get; set; }
}
