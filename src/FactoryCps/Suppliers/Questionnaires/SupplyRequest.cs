namespace FactoryCps.Suppliers.Questionnaires;

/// <summary>
/// What a supplied item is, as far as the questions asked of its supplier depend on it: its category
/// (<c>cloud</c>, <c>product</c>, <c>software</c>), the phase it is in (<c>procurement</c>, <c>contract</c>,
/// <c>development</c>, <c>operation</c>) and the model's zones it touches.
/// </summary>
internal sealed record SupplyRequest(string Category, string Phase, IReadOnlyList<string> Zones);
