using FactoryCps.Analysis;
using FactoryCps.Catalog.Loading;

namespace FactoryCps.Tests.Models;

/// <summary>The spec: one run reports every error it can find, not only the first kind.</summary>
public sealed class AllErrorsInOneRunTests
{
    [Fact]
    public void Derivation_errors_are_reported_together_with_reference_errors()
    {
        const string yaml = """
            format: 1
            site: { id: s }
            operations:
              - { id: idle }
              - { id: production, impact: { safety: 3 } }
            zones:
              - { id: z, targetLevel: 1 }
            assets:
              - { id: plc, kind: plc, zone: z, operations: [production], importance: 1 }
              - { id: hmi, kind: hmi, zone: nowhere, operations: [production] }
              - { id: hmi, kind: hmi, zone: z, operations: [production] }
            """;

        var result = ModelLoader.LoadText(yaml, "m.yaml", CatalogLoader.Default);

        Assert.Null(result.Model);
        var found = result.Diagnostics.Select(d => (d.Message.Key, d.Path)).ToList();
        Assert.Contains(("ModelUnknownReference", "assets[1].zone"), found);
        Assert.Contains(("ModelDuplicateId", "assets[2].id"), found);
        Assert.Contains(("ModelOperationWithoutImportance", "operations[0]"), found);
        Assert.Contains(("ModelLoweredWithoutReason", "assets[0].importanceReason"), found);
        Assert.Contains(("ModelLoweredWithoutReason", "zones[0].targetLevelReason"), found);
    }
}
