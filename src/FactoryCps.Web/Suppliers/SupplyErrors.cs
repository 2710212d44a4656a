namespace FactoryCps.Web.Suppliers;

/// <summary>What is wrong with a supplier or item input, per field: shown at the form's field, or as the API's errors.</summary>
internal sealed class SupplyErrors
{
    private readonly List<(string Field, string Message)> _all = [];

    public bool Any => _all.Count > 0;

    public IReadOnlyList<(string Field, string Message)> All => _all;

    public IEnumerable<string> For(string field) => _all.Where(e => e.Field == field).Select(e => e.Message);

    public void Add(string field, string message) => _all.Add((field, message));
}
