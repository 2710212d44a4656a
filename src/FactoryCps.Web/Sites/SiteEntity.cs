namespace FactoryCps.Web.Sites;

/// <summary>A plant in the installation. Its model lives in <see cref="ModelObjectEntity"/> rows.</summary>
internal sealed class SiteEntity
{
    public int Id { get; set; }

    /// <summary>The model's <c>site.id</c>: stable, unique in the installation, used in URLs.</summary>
    public required string Key { get; set; }

    public string? Name { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency for site-wide changes (import, site fields).</summary>
    public int Version { get; set; }

    /// <summary>
    /// Raised by every change to the site's model (in the same transaction), so that derived results can be
    /// cached by it. Not a concurrency token: edits of different objects must not conflict over it.
    /// </summary>
    public long ModelRevision { get; set; }

    public List<ModelObjectEntity> Objects { get; } = [];

    public List<SiteMember> Members { get; } = [];
}
