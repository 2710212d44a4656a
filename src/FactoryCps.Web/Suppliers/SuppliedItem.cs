namespace FactoryCps.Web.Suppliers;

/// <summary>
/// Something a supplier provides or reaches at the site: a cloud service, a product (汎用品) or software, in one
/// phase of its life (procurement, contract, development, operation), with the model's assets, externals and
/// conduits it is, or reaches (a vendor's remote-maintenance conduit is such a relation), and the zones it touches.
/// The model ids are checked against the site's model when saved; they are not foreign keys.
/// </summary>
internal sealed class SuppliedItem
{
    public int Id { get; set; }

    public int SiteId { get; set; }

    public int SupplierId { get; set; }

    public required string Name { get; set; }

    /// <summary><c>cloud</c>, <c>product</c> or <c>software</c>: the catalogue's supply-chain categories.</summary>
    public required string Category { get; set; }

    /// <summary><c>procurement</c>, <c>contract</c>, <c>development</c> or <c>operation</c>.</summary>
    public required string Phase { get; set; }

    public DateOnly? ContractStart { get; set; }

    public DateOnly? ContractEnd { get; set; }

    /// <summary>The end of the supplier's support (updates, vulnerability fixes).</summary>
    public DateOnly? SupportEnd { get; set; }

    public List<string> Zones { get; set; } = [];

    public List<string> Assets { get; set; } = [];

    public List<string> Externals { get; set; } = [];

    public List<string> Conduits { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public int Version { get; set; }

    public Supplier? Supplier { get; set; }
}
