namespace FactoryCps.Matching;

internal enum StatusEffect
{
    /// <summary>known_affected, first_affected, last_affected: the asset is affected.</summary>
    Affects,

    /// <summary>under_investigation: not known yet; a match for review.</summary>
    Investigating,

    /// <summary>fixed, first_fixed, known_not_affected: the asset is not affected (VEX), so no match.</summary>
    Suppresses,

    /// <summary>recommended and anything else: says nothing about being affected.</summary>
    None,
}

internal static class ProductStatuses
{
    public static StatusEffect Effect(string status) => status switch
    {
        "known_affected" or "first_affected" or "last_affected" => StatusEffect.Affects,
        "under_investigation" => StatusEffect.Investigating,
        "fixed" or "first_fixed" or "known_not_affected" => StatusEffect.Suppresses,
        _ => StatusEffect.None,
    };
}
