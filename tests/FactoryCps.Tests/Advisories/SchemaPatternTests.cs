using FactoryCps.Advisories;

namespace FactoryCps.Tests.Advisories;

public sealed class SchemaPatternTests
{
    [Theory]
    [InlineData("CVE-2023-12345", true)]
    [InlineData("CVE-23-1", false)]
    [InlineData("", false)]
    public void Matches_as_the_pattern_says(string text, bool expected)
    {
        var pattern = new SchemaPattern("^CVE-[0-9]{4}-[0-9]{4,}$");

        Assert.Equal(expected, pattern.IsMatch(text));
        Assert.False(pattern.IsLinear);
    }

    [Fact]
    public void A_string_that_makes_the_pattern_backtrack_for_long_switches_it_to_linear_time_with_the_same_answers()
    {
        // Nested quantifiers: about 2^40 ways to fail on this string, far beyond the budget on any machine.
        var pattern = new SchemaPattern("^(a+)+$");

        Assert.False(pattern.IsMatch(new string('a', 40) + "!"));
        Assert.True(pattern.IsLinear);
        Assert.True(pattern.IsMatch("aaaa"));
        Assert.False(pattern.IsMatch("aab"));
    }
}
