using FactoryCps.Rules;

namespace FactoryCps.Tests.Rules;

public sealed class RuleConditionTests
{
    private static readonly RuleContext Context = new(new DateOnly(2026, 11, 28));

    private static bool Eval(string text, IRuleElement subject) =>
        RuleCondition.Compile(text, subject.Kind, ElementSchema.FactoryModel).Evaluate(subject, Context);

    private static RuleSyntaxException Fails(string text, string kind = "asset") =>
        Assert.Throws<RuleSyntaxException>(() => RuleCondition.Compile(text, kind, ElementSchema.FactoryModel));

    private static TestElement Asset(params (string, object?)[] attributes) => new("asset", attributes);

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    [InlineData(null, false)]
    public void A_boolean_attribute_is_a_condition_and_missing_counts_as_false(bool? value, bool expected)
    {
        Assert.Equal(expected, Eval("generalPurpose", Asset(("generalPurpose", value))));
    }

    [Theory]
    [InlineData(79, false)]
    [InlineData(80, true)]
    [InlineData(95, true)]
    public void Compares_numbers(int used, bool expected)
    {
        Assert.Equal(expected, Eval("storesData and capacityUsedPercent >= 80", Asset(("storesData", true), ("capacityUsedPercent", used))));
    }

    [Fact]
    public void A_missing_value_makes_comparisons_false_but_not_null_checks()
    {
        var asset = Asset(("storesData", true));

        Assert.False(Eval("capacityUsedPercent >= 80", asset));
        Assert.False(Eval("capacityUsedPercent < 80", asset));
        Assert.True(Eval("capacityUsedPercent == null", asset));
        Assert.False(Eval("capacityUsedPercent != null", asset));
    }

    [Theory]
    [InlineData("2027-02-26", true)]
    [InlineData("2027-02-27", false)]
    [InlineData("2026-01-01", true)]
    public void DaysUntil_counts_from_the_analysis_date(string expires, bool expected)
    {
        var asset = Asset(("licenseExpires", DateOnly.Parse(expires, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(expected, Eval("isSet(licenseExpires) and daysUntil(licenseExpires) <= 90", asset));
    }

    [Fact]
    public void Compares_dates_with_date_literals()
    {
        var asset = Asset(("supportEnds", new DateOnly(2026, 12, 31)));

        Assert.True(Eval("supportEnds < date('2027-01-01')", asset));
        Assert.False(Eval("supportEnds > date('2027-01-01')", asset));
    }

    [Theory]
    [InlineData("saas", true)]
    [InlineData("cloud-service", true)]
    [InlineData("plc", false)]
    public void In_tests_membership_of_a_list_literal(string kind, bool expected)
    {
        Assert.Equal(expected, Eval("kind in ['cloud-service', \"saas\"]", Asset(("kind", kind))));
    }

    [Fact]
    public void Contains_tests_a_string_list_attribute()
    {
        var conduit = new TestElement("conduit", ("controls", new List<string> { "firewall", "ids" }));

        Assert.True(Eval("controls contains 'firewall'", conduit));
        Assert.False(Eval("controls contains 'data-diode'", conduit));
        Assert.True(Eval("'ids' in controls", conduit));
    }

    [Fact]
    public void Navigates_through_references()
    {
        var zone = new TestElement("zone", ("importance", 3));
        var endpoint = new TestElement("endpoint", ("type", "asset"), ("zone", zone));
        var flow = new TestElement("dataFlow", ("feedback", true), ("to", endpoint));

        Assert.True(Eval("feedback and to.type == 'asset' and to.zone.importance == 3", flow));
        Assert.False(Eval("from.zone.importance == 3", flow));
    }

    [Fact]
    public void Any_all_and_count_evaluate_on_each_element()
    {
        var sis = new TestElement("asset", ("kind", "sis"), ("importance", 3));
        var plc = new TestElement("asset", ("kind", "plc"), ("importance", 2));
        var zone = new TestElement("zone", ("assets", new List<IRuleElement> { sis, plc }));
        var empty = new TestElement("zone", ("assets", new List<IRuleElement>()));

        Assert.True(Eval("any(assets, kind == 'sis' and importance == 3)", zone));
        Assert.False(Eval("all(assets, importance == 3)", zone));
        Assert.True(Eval("count(assets, importance >= 2) == 2", zone));
        Assert.True(Eval("count(assets) == 2", zone));
        Assert.False(Eval("any(assets, importance == 3)", empty));
        Assert.True(Eval("all(assets, importance == 3)", empty));
    }

    [Fact]
    public void Not_or_and_parentheses_follow_the_usual_precedence()
    {
        var asset = Asset(("generalPurpose", false), ("storesData", true), ("kind", "historian"));

        Assert.True(Eval("not generalPurpose and storesData", asset));
        Assert.True(Eval("generalPurpose or storesData and kind == 'historian'", asset));
        Assert.False(Eval("(generalPurpose or storesData) and kind == 'plc'", asset));
    }

    [Fact]
    public void An_unknown_attribute_is_an_error_at_its_offset()
    {
        var error = Fails("storesData and capcityUsedPercent >= 80");

        Assert.Equal("RuleUnknownAttribute", error.Key);
        Assert.Equal(15, error.Offset);
        Assert.Equal("capcityUsedPercent", error.Args[0]);
    }

    [Fact]
    public void An_unknown_attribute_inside_any_is_checked_against_the_element_kind()
    {
        var error = Fails("any(assets, kind == 'sis' and feedback)", "zone");

        Assert.Equal("RuleUnknownAttribute", error.Key);
        Assert.Equal("asset", error.Args[1]);
    }

    [Theory]
    [InlineData("capacityUsedPercent >= 'eighty'", "RuleOperandTypes")]
    [InlineData("kind < 'plc'", "RuleOperandTypes")]
    [InlineData("capacityUsedPercent", "RuleExpectedBool")]
    [InlineData("kind in ['plc', 3]", "RuleOperandTypes")]
    [InlineData("daysUntil(kind) < 3", "RuleArgumentType")]
    [InlineData("any(kind, true)", "RuleArgumentType")]
    [InlineData("sometimes(kind)", "RuleUnknownFunction")]
    [InlineData("count(operations, true, true) > 1", "RuleArity")]
    [InlineData("kind.name == 'x'", "RuleNotNavigable")]
    [InlineData("kind == 'plc", "RuleUnterminatedString")]
    [InlineData("kind == 'plc' and", "RuleUnexpectedToken")]
    [InlineData("kind == 'plc' storesData", "RuleExpected")]
    [InlineData("kind ~ 'plc'", "RuleUnexpectedCharacter")]
    [InlineData("(storesData", "RuleExpected")]
    [InlineData("[1, 2]", "RuleListOnlyAfterIn")]
    [InlineData("supportEnds < date('soon')", "RuleArgumentType")]
    public void Rejects_ill_typed_or_malformed_conditions(string text, string key)
    {
        Assert.Equal(key, Fails(text).Key);
    }

    [Fact]
    public void A_rule_refuses_a_subject_of_another_kind()
    {
        var condition = RuleCondition.Compile("generalPurpose", "asset", ElementSchema.FactoryModel);

        Assert.Throws<ArgumentException>(() => condition.Evaluate(new TestElement("zone"), Context));
    }

    [Fact]
    public void A_path_leads_from_the_subject_to_a_zone()
    {
        var zone = new TestElement("zone", ("id", "control"));
        var flow = new TestElement("dataFlow", ("to", new TestElement("endpoint", ("zone", zone))));

        var path = RulePath.Compile("to.zone", "dataFlow", "zone", ElementSchema.FactoryModel);

        Assert.Same(zone, path.Resolve(flow, Context));
        Assert.Null(path.Resolve(new TestElement("dataFlow"), Context));
    }

    [Fact]
    public void Self_is_only_a_zone_for_a_zone_or_the_site()
    {
        Assert.True(RulePath.Compile("self", "zone", "zone", ElementSchema.FactoryModel).IsSelf);
        Assert.Equal("RulePathType", Assert.Throws<RuleSyntaxException>(() => RulePath.Compile("self", "asset", "zone", ElementSchema.FactoryModel)).Key);
        Assert.Equal("RulePathType", Assert.Throws<RuleSyntaxException>(() => RulePath.Compile("kind", "asset", "zone", ElementSchema.FactoryModel)).Key);
        Assert.Equal("RulePathNotPath", Assert.Throws<RuleSyntaxException>(() => RulePath.Compile("generalPurpose and storesData", "asset", "zone", ElementSchema.FactoryModel)).Key);
    }
}
