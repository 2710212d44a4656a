using FactoryCps.Web.Sites;

namespace FactoryCps.Web.Suppliers;

/// <summary>
/// A company a site depends on (ext: Step 3 supply chain): a cloud provider, an equipment maker, a software vendor,
/// an integrator or a maintenance contractor, optionally tied to the site model's stakeholder that stands for it.
/// </summary>
internal sealed class Supplier
{
    public int Id { get; set; }

    public int SiteId { get; set; }

    public required string Name { get; set; }

    /// <summary>One of <see cref="Suppliers.SupplyCodes.SupplierKinds"/>.</summary>
    public required string Kind { get; set; }

    /// <summary>Who to ask there: a name, an address, a phone number, as the plant records it.</summary>
    public string? Contact { get; set; }

    /// <summary>The model's stakeholder id (not a foreign key: stakeholders are model objects, checked when saved).</summary>
    public string? StakeholderId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public int Version { get; set; }

    public List<SuppliedItem> Items { get; set; } = [];

    public SiteEntity? Site { get; set; }
}
