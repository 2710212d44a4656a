namespace FactoryCps.Web.Suppliers;

/// <summary>The supplier form's fields (bound from <c>Form.*</c>).</summary>
internal sealed class SupplierForm
{
    public string? Name { get; set; }

    public string? Kind { get; set; }

    public string? Contact { get; set; }

    public string? Stakeholder { get; set; }

    public int Version { get; set; }

    public SupplierInput Input => new(Name, Kind, Contact, Stakeholder);

    public static SupplierForm Of(Supplier s) => new() { Name = s.Name, Kind = s.Kind, Contact = s.Contact, Stakeholder = s.StakeholderId, Version = s.Version };
}

/// <summary>The supplied-item form's fields; the model ids are typed as lists separated by commas or spaces.</summary>
internal sealed class SuppliedItemForm
{
    public string? Name { get; set; }

    public string? Category { get; set; }

    public string? Phase { get; set; }

    public DateOnly? ContractStart { get; set; }

    public DateOnly? ContractEnd { get; set; }

    public DateOnly? SupportEnd { get; set; }

    public string? Zones { get; set; }

    public string? Assets { get; set; }

    public string? Externals { get; set; }

    public string? Conduits { get; set; }

    public int Version { get; set; }

    public SuppliedItemInput Input => new(
        Name, Category, Phase, ContractStart, ContractEnd, SupportEnd,
        SuppliedItemInput.Ids(Zones), SuppliedItemInput.Ids(Assets), SuppliedItemInput.Ids(Externals), SuppliedItemInput.Ids(Conduits));

    public static SuppliedItemForm Of(SuppliedItem i) => new()
    {
        Name = i.Name,
        Category = i.Category,
        Phase = i.Phase,
        ContractStart = i.ContractStart,
        ContractEnd = i.ContractEnd,
        SupportEnd = i.SupportEnd,
        Zones = string.Join(", ", i.Zones),
        Assets = string.Join(", ", i.Assets),
        Externals = string.Join(", ", i.Externals),
        Conduits = string.Join(", ", i.Conduits),
        Version = i.Version,
    };
}
