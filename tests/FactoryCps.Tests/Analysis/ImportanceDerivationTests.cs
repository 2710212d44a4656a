using FactoryCps.Catalog.Loading;

namespace FactoryCps.Tests.Analysis;

/// <summary>Factory-model spec, derivations 1 and 2: operation and asset importance.</summary>
public sealed class ImportanceDerivationTests
{
    // --- Derivation 1: operations ---

    [Theory]
    [InlineData("{ safety: 3 }", 3, "impact.safety 3")]
    [InlineData("{ quality: 2, delivery: 3, cost: 1 }", 3, "impact.delivery 3")]
    [InlineData("{ cost: 1 }", 1, "impact.cost 1")]
    [InlineData("{ environment: 2, compliance: 1 }", 2, "impact.environment 2")]
    [InlineData("{ compliance: 3, quality: 1 }", 3, "impact.compliance 3")]
    public void Operation_importance_is_the_highest_impact_and_names_the_deciding_axis(string impact, int expected, string axis)
    {
        var result = ModelBuilder.Empty().Operation("{ id: production, impact: " + impact + " }").Analyze();

        var importance = result.Operation("production").Importance;
        Assert.Equal(expected, importance.Value);
        Assert.False(importance.Lowered);
        Assert.Equal("operation production " + axis, importance.Why.Chain());
    }

    [Fact]
    public void Operation_importance_is_the_explicit_value_when_it_is_higher_than_the_impacts()
    {
        var result = ModelBuilder.Empty().Operation("{ id: production, impact: { cost: 1 }, importance: 3 }").Analyze();

        var importance = result.Operation("production").Importance;
        Assert.Equal(3, importance.Value);
        Assert.False(importance.Lowered);
        Assert.Equal("operation production importance 3 ← operation production impact.cost 1", importance.Why.Chain());
    }

    [Fact]
    public void Operation_importance_is_the_explicit_value_when_there_are_no_impacts()
    {
        var result = ModelBuilder.Empty().Operation("{ id: production, importance: 2 }").Analyze();

        Assert.Equal(2, result.Operation("production").Importance.Value);
        Assert.Equal("operation production importance 2", result.Operation("production").Importance.Why.Chain());
    }

    [Fact]
    public void Operation_importance_lowered_with_a_reason_is_kept_and_reported()
    {
        var result = ModelBuilder.Empty()
            .Operation("{ id: production, impact: { safety: 3 }, importance: 1, importanceReason: 手動で代替できる }")
            .Analyze();

        var importance = result.Operation("production").Importance;
        Assert.Equal(1, importance.Value);
        Assert.True(importance.Lowered);
        Assert.Equal(3, importance.DerivedFrom);
        Assert.Equal("info", result.Finding("operation-importance-lowered", "production").Severity);
    }

    [Fact]
    public void Operation_importance_lowered_without_a_reason_is_rejected()
    {
        var load = ModelBuilder.Empty().Operation("{ id: production, impact: { safety: 3 }, importance: 1 }").Load();

        Assert.False(load.Succeeded);
        Assert.Null(load.Model);
        var error = Assert.Single(load.Diagnostics, d => d.Message.Key == "ModelLoweredWithoutReason");
        Assert.Equal("operations[0].importanceReason", error.Path);
    }

    [Fact]
    public void Operation_with_neither_impact_nor_importance_is_rejected()
    {
        var load = ModelBuilder.Empty().Operation("{ id: production }").Load();

        Assert.False(load.Succeeded);
        Assert.Contains("ModelOperationWithoutImportance", load.ErrorKeys());
    }

    // --- Derivation 2: assets ---

    [Fact]
    public void Asset_importance_is_the_highest_of_its_operations()
    {
        var result = ModelBuilder.Empty()
            .Operation("{ id: office-work, impact: { cost: 1 } }")
            .Operation("{ id: production, impact: { safety: 3 } }")
            .Operation("{ id: planning, impact: { delivery: 2 } }")
            .Zone("{ id: line }")
            .Asset("{ id: plc-line1, kind: plc, zone: line, operations: [office-work, production, planning] }")
            .Asset("{ id: pc-office, kind: pc, zone: line, operations: [office-work, planning] }")
            .Analyze();

        Assert.Equal(3, result.Asset("plc-line1").Importance.Value);
        Assert.Equal("asset plc-line1 importance 3 ← operation production impact.safety 3", result.Asset("plc-line1").Importance.Why.Chain());
        Assert.Equal(2, result.Asset("pc-office").Importance.Value);
        Assert.Equal("asset pc-office importance 2 ← operation planning impact.delivery 2", result.Asset("pc-office").Importance.Why.Chain());
    }

    [Fact]
    public void Asset_importance_explicitly_higher_than_its_operations_is_kept_and_not_reported()
    {
        var result = ModelBuilder.Empty()
            .Operation("{ id: office-work, impact: { cost: 1 } }")
            .Zone("{ id: line }")
            .Asset("{ id: pc-1, kind: pc, zone: line, operations: [office-work], importance: 3 }")
            .Analyze();

        var importance = result.Asset("pc-1").Importance;
        Assert.Equal(3, importance.Value);
        Assert.False(importance.Lowered);
        Assert.Null(importance.DerivedFrom);
        Assert.Empty(result.FindingsOf("importance-lowered"));
    }

    [Fact]
    public void Asset_importance_explicitly_lower_with_a_reason_is_kept_flagged_and_reported()
    {
        var result = ModelBuilder.Basic()
            .Asset("{ id: hmi-spare, kind: hmi, zone: control-line1, operations: [production], importance: 1, importanceReason: 予備機で通常は電源断 }")
            .Analyze();

        var importance = result.Asset("hmi-spare").Importance;
        Assert.Equal(1, importance.Value);
        Assert.True(importance.Lowered);
        Assert.Equal(3, importance.DerivedFrom);
        var finding = result.Finding("importance-lowered", "hmi-spare");
        Assert.Equal("info", finding.Severity);
        Assert.Equal("asset", finding.SubjectKind);
        Assert.False(result.Asset("plc-line1").Importance.Lowered);
        Assert.DoesNotContain(result.Findings, f => f.Id == "importance-lowered" && f.Subject == "plc-line1");
    }

    [Fact]
    public void Asset_importance_explicitly_lower_without_a_reason_is_rejected()
    {
        var load = ModelBuilder.Empty()
            .Operation("{ id: production, impact: { safety: 3 } }")
            .Zone("{ id: line }")
            .Asset("{ id: plc-line1, kind: plc, zone: line, operations: [production], importance: 2 }")
            .Load();

        Assert.False(load.Succeeded);
        Assert.Null(load.Model);
        var error = Assert.Single(load.Diagnostics, d => d.Message.Key == "ModelLoweredWithoutReason");
        Assert.Equal("assets[0].importanceReason", error.Path);
        Assert.NotNull(error.Location);
    }

    [Fact]
    public void Asset_importance_explicitly_equal_to_the_derived_one_needs_no_reason()
    {
        var result = ModelBuilder.Empty()
            .Operation("{ id: production, impact: { safety: 3 } }")
            .Zone("{ id: line }")
            .Asset("{ id: plc-line1, kind: plc, zone: line, operations: [production], importance: 3 }")
            .Analyze();

        Assert.Equal(3, result.Asset("plc-line1").Importance.Value);
        Assert.False(result.Asset("plc-line1").Importance.Lowered);
    }

    [Fact]
    public void Asset_importance_follows_the_lowered_importance_of_its_operation()
    {
        var result = ModelBuilder.Empty()
            .Operation("{ id: production, impact: { safety: 3 }, importance: 2, importanceReason: 安全は別系統で担保 }")
            .Zone("{ id: line }")
            .Asset("{ id: plc-line1, kind: plc, zone: line, operations: [production] }")
            .Analyze();

        Assert.Equal(2, result.Asset("plc-line1").Importance.Value);
        Assert.False(result.Asset("plc-line1").Importance.Lowered);
    }

    [Fact]
    public void Catalogue_importance_scale_is_the_specs_default_one_to_three()
    {
        Assert.Equal([1, 2, 3], CatalogLoader.Default.ImportanceScale.Select(l => l.Value));
    }
}
