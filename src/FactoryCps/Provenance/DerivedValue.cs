namespace FactoryCps.Provenance;

/// <summary>An importance or level with its explanation; <see cref="Lowered"/> when an explicit value undercuts the derived one.</summary>
internal sealed record DerivedValue(int Value, Explanation Why, bool Lowered = false, int? DerivedFrom = null);
