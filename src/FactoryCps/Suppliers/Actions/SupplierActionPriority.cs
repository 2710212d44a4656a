using FactoryCps.Analysis;

namespace FactoryCps.Suppliers.Actions;

/// <summary>The model ids a supplied item is, or reaches: its zones, assets, externals and conduits.</summary>
internal sealed record SupplyTouch(IReadOnlyList<string> Zones, IReadOnlyList<string> Assets, IReadOnlyList<string> Externals, IReadOnlyList<string> Conduits);

/// <summary>
/// What an open supplier point weighs in the site's plan, in the plan's own unit: <see cref="RiskAtStake"/> is the
/// highest risk score (importance × threat level × vulnerability) of the threats in the zones the supplied item
/// touches, the risk the supplier's shortfall leaves unchecked; <see cref="Score"/> doubles it for a blocking point.
/// </summary>
internal sealed record SupplierActionWeight(IReadOnlyList<string> Zones, int RiskAtStake, int TargetLevel, int Score);

/// <summary>
/// How supplier actions rank beside the countermeasures of the plan, and when they fall due by default
/// (docs/suppliers-web.md, "Supplier actions"). The plan ranks a countermeasure by the risk it reduces; a supplier
/// action weighs the risk at stake where the item is used, so both stand in one list.
/// </summary>
internal static class SupplierActionPriority
{
    /// <summary>A blocking point stops the supply from being accepted: it counts twice.</summary>
    public const int BlockingFactor = 2;

    /// <summary>Days from creation to the default due date: a blocking point within a month, otherwise by the highest target level touched.</summary>
    public static int DueDays(int targetLevel, bool blocking) => blocking ? 30 : targetLevel switch
    {
        >= 4 => 30,
        3 => 60,
        2 => 90,
        _ => 180,
    };

    public static DateOnly DefaultDue(DateOnly created, SupplierActionWeight weight, bool blocking) =>
        created.AddDays(DueDays(weight.TargetLevel, blocking));

    public static SupplierActionWeight Weigh(AnalysisResult analysis, SupplyTouch touch, bool blocking)
    {
        var zones = ZonesTouched(analysis, touch);
        var risk = analysis.Threats
            .Where(t => (t.Zone is not null && zones.Contains(t.Zone)) || t.Assets.Any(touch.Assets.Contains))
            .Select(t => t.Risk.Score)
            .DefaultIfEmpty(0)
            .Max();
        var target = analysis.Zones.Where(z => zones.Contains(z.Id)).Select(z => z.TargetLevel.Value).DefaultIfEmpty(0).Max();
        return new SupplierActionWeight(zones, risk, target, blocking ? risk * BlockingFactor : risk);
    }

    /// <summary>
    /// The item's zones, the zones of its assets, the zone ends of its conduits and the zones with a conduit to one
    /// of its externals; ids the model no longer has are left out.
    /// </summary>
    public static IReadOnlyList<string> ZonesTouched(AnalysisResult analysis, SupplyTouch touch)
    {
        var model = analysis.Model;
        var conduits = model.Conduits.Where(c => touch.Conduits.Contains(c.Id) || touch.Externals.Contains(c.From) || touch.Externals.Contains(c.To));
        var candidates = touch.Zones
            .Concat(model.Assets.Where(a => touch.Assets.Contains(a.Id) && a.Zone is not null).Select(a => a.Zone!))
            .Concat(conduits.SelectMany(c => new[] { c.From, c.To }));
        var known = analysis.Zones.Select(z => z.Id).ToHashSet(StringComparer.Ordinal);
        return [.. candidates.Where(known.Contains).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }
}
