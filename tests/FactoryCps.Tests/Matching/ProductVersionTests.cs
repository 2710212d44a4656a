using FactoryCps.Matching;

namespace FactoryCps.Tests.Matching;

public sealed class ProductVersionTests
{
    [Theory]
    [InlineData("3.5", "3.5.0", 0)]
    [InlineData("V3.5.20", "3.5.20", 0)]
    [InlineData("3.5.9", "3.5.20", -1)]
    [InlineData("1.290", "1.3", 1)]
    [InlineData("V2.0", "V2.0 SP1", -1)]
    [InlineData("V2.0 SP1", "V2.0 SP2", -1)]
    [InlineData("V4.8 SP2", "V4.8 SP2 HF9", -1)]
    [InlineData("V4.8 SP2 HF9", "V4.8 SP5", -1)]
    [InlineData("2.0 beta", "2.0", -1)]
    [InlineData("2.0rc1", "2.0", -1)]
    [InlineData("R5.01.00", "R6.06.00", -1)]
    [InlineData("3.4.4 Build 16102416", "3.4.4 Build 16102417", -1)]
    [InlineData("<V16 Update 2", "V16 Update 10", -1)]
    [InlineData("02.07.07(10)", "02.07.07(9)", 1)]
    [InlineData("20190812", "20190409", 1)]
    [InlineData("123456789012345678901", "99999999999999999999", 1)]
    public void Versions_compare_as_people_read_them(string left, string right, int expected)
    {
        var a = ProductVersion.Parse(left)!;
        var b = ProductVersion.Parse(right)!;
        Assert.Equal(expected, Math.Sign(a.CompareTo(b)));
        Assert.Equal(-expected, Math.Sign(b.CompareTo(a)));
    }

    [Theory]
    [InlineData("V3.5.20", true)]
    [InlineData("V4.8 SP2 HF9", true)]
    [InlineData("the_first_5_digits_of_serial_number_24031", false)]
    public void Prose_inside_a_version_makes_it_uncertain(string text, bool certain) =>
        Assert.Equal(certain, ProductVersion.Parse(text)!.Certain);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-/.")]
    public void Nothing_to_compare_is_no_version(string text) => Assert.Null(ProductVersion.Parse(text));
}
