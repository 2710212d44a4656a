using FactoryCps.Model;

namespace FactoryCps.Guidance;

/// <summary>Steps 1-1 … 1-7: what the model records about requirements, operations, assets and zones.</summary>
internal static partial class StepStates
{
    private static void Requirements(StepFacts facts, StepStateBuilder state)
    {
        var model = facts.Model;
        if (model.Objectives.Count > 0)
        {
            state.Fill(StepTarget.SectionOf("objectives"), "FilledObjectives", model.Objectives.Count);
        }
        else
        {
            state.Miss(StepTarget.SectionOf("objectives"), "MissingObjectives");
        }

        if (model.Bcp.Reviewed is { } reviewed)
        {
            state.Fill(StepTarget.SectionOf("bcp"), "FilledBcpReviewed", reviewed);
            foreach (var objective in model.Objectives.Where(o => o.Since is { } since && since > reviewed))
            {
                state.Conflict(StepTarget.SectionOf("bcp"), "BcpBeforeObjective", reviewed, ObjectiveName(objective, facts), objective.Since);
            }
        }
        else
        {
            state.Miss(StepTarget.SectionOf("bcp"), "MissingBcpReview");
        }

        if (model.Requirements.Count > 0)
        {
            state.Fill(StepTarget.SectionOf("requirements"), "FilledRequirements", model.Requirements.Count, model.Requirements.Count(r => r.Applies));
        }
        else
        {
            state.Miss(StepTarget.SectionOf("requirements"), "MissingRequirements");
        }

        if (model.Stakeholders.Count > 0)
        {
            state.Fill(StepTarget.SectionOf("stakeholders"), "FilledStakeholders", model.Stakeholders.Count);
        }
        else
        {
            state.Miss(StepTarget.SectionOf("stakeholders"), "MissingStakeholders");
        }
    }

    private static void Operations(StepFacts facts, StepStateBuilder state)
    {
        var operations = facts.Model.Operations;
        if (operations.Count == 0)
        {
            state.Miss(StepTarget.SectionOf("operations"), "MissingOperations");
            return;
        }

        state.Fill(StepTarget.SectionOf("operations"), "FilledOperations", operations.Count);
        foreach (var operation in operations.Where(o => !facts.SupportedOperations.Contains(o.Id)))
        {
            state.Conflict(StepTarget.SectionOf("assets"), "OperationWithoutAsset", facts.Names.Operation(operation.Id));
        }
    }

    private static void OperationImportance(StepFacts facts, StepStateBuilder state)
    {
        var operations = facts.Model.Operations;
        if (operations.Count == 0)
        {
            state.Miss(StepTarget.SectionOf("operations"), "MissingOperations");
            return;
        }

        // A model's operation has impact ratings or an importance given directly; only the ratings say why.
        var unrated = operations.Where(o => o.Impact.Count == 0).ToList();
        state.Fill(StepTarget.SectionOf("operations"), "FilledOperationImpacts", operations.Count - unrated.Count, operations.Count);
        foreach (var operation in unrated)
        {
            state.Miss(StepTarget.Object("operations", operation.Id), "OperationWithoutImpact", facts.Names.Operation(operation.Id));
        }
    }

    private static void Assets(StepFacts facts, StepStateBuilder state)
    {
        var assets = facts.Model.Assets;
        if (assets.Count == 0)
        {
            state.Miss(StepTarget.SectionOf("assets"), "MissingAssets");
            return;
        }

        state.Fill(StepTarget.SectionOf("assets"), "FilledAssets", assets.Count);
        foreach (var asset in assets.Where(a => a.Operations.Count == 0))
        {
            state.Miss(StepTarget.Object("assets", asset.Id), "AssetWithoutOperation", facts.Names.Asset(asset.Id));
        }
    }

    private static void AssetImportance(StepFacts facts, StepStateBuilder state)
    {
        var assets = facts.Model.Assets;
        if (assets.Count == 0)
        {
            state.Miss(StepTarget.SectionOf("assets"), "MissingAssets");
            return;
        }

        // An asset's importance comes from its operations unless it is given; one with neither has none to show.
        var without = assets.Where(a => a.Importance is null && a.Operations.Count == 0).ToList();
        state.Fill(StepTarget.SectionOf("assets"), "FilledAssetImportance", assets.Count - without.Count, assets.Count);
        foreach (var asset in without)
        {
            state.Miss(StepTarget.Object("assets", asset.Id), "AssetWithoutImportance", facts.Names.Asset(asset.Id));
        }
    }

    private static void Zones(StepFacts facts, StepStateBuilder state)
    {
        var model = facts.Model;
        if (model.Zones.Count == 0)
        {
            state.Miss(StepTarget.SectionOf("zones"), "MissingZones");
        }
        else
        {
            state.Fill(StepTarget.SectionOf("zones"), "FilledZones", model.Zones.Count);
        }

        var placed = model.Assets.Count(a => a.Zone is not null);
        if (model.Assets.Count > 0)
        {
            state.Fill(StepTarget.SectionOf("assets"), "FilledAssetsInZones", placed, model.Assets.Count);
        }

        if (model.Externals.Count > 0)
        {
            state.Fill(StepTarget.SectionOf("externals"), "FilledExternals", model.Externals.Count);
        }

        if (model.Conduits.Count > 0)
        {
            state.Fill(StepTarget.SectionOf("conduits"), "FilledConduits", model.Conduits.Count);
        }

        foreach (var asset in model.Assets.Where(a => a.Zone is null && !Asset.ZonelessKinds.Contains(a.Kind)))
        {
            state.Miss(StepTarget.Object("assets", asset.Id), "AssetWithoutZone", facts.Names.Asset(asset.Id));
        }

        foreach (var zone in model.Zones.Where(z => !facts.ZonesWithAssets.Contains(z.Id)))
        {
            state.Conflict(StepTarget.Object("zones", zone.Id), "ZoneWithoutAssets", facts.Names.Zone(zone.Id));
        }

        foreach (var external in model.Externals.Where(e => !facts.ConnectedEnds.Contains(e.Id)))
        {
            state.Miss(StepTarget.SectionOf("conduits"), "ExternalWithoutConduit", facts.Names.External(external.Id));
        }

        if (model.Zones.Count > 1 && model.Conduits.Count == 0)
        {
            state.Miss(StepTarget.SectionOf("conduits"), "MissingConduits");
        }
    }

    private static void Threats(StepFacts facts, StepStateBuilder state)
    {
        var model = facts.Model;
        if (model.DataFlows.Count > 0)
        {
            state.Fill(StepTarget.SectionOf("dataFlows"), "FilledDataFlows", model.DataFlows.Count);
        }

        if (model.Zones.Count == 0)
        {
            state.Miss(StepTarget.SectionOf("zones"), "MissingZonesFirst");
            return;
        }

        if (facts.Analysis is { } analysis)
        {
            var zones = analysis.Threats.Where(t => t.Zone is not null).Select(t => t.Zone).Distinct().Count();
            state.Fill(null, "FilledThreats", analysis.Threats.Count, zones);
        }

        if (model.DataFlows.Count == 0 && (model.Zones.Count > 1 || model.Externals.Count > 0))
        {
            state.Miss(StepTarget.SectionOf("dataFlows"), "MissingDataFlows");
        }
    }

    /// <summary>An objective by its name, or by the word for its kind when it has none (never its id).</summary>
    private static string ObjectiveName(Objective objective, StepFacts facts) =>
        string.IsNullOrWhiteSpace(objective.Name) ? ModelWords.Choice("objectives", "kind", objective.Kind, facts.Language) : objective.Name;
}
