using FactoryCps.Matching;

namespace FactoryCps.Tests.Matching;

public sealed class VendorNameTests
{
    [Theory]
    [InlineData("Mitsubishi Electric Corporation", "mitsubishi electric")]
    [InlineData("MITSUBISHI ELECTRIC CO., LTD.", "mitsubishi electric")]
    [InlineData("Siemens AG", "siemens")]
    [InlineData("Schneider Electric Software, LLC", "schneider electric software")]
    [InlineData("Rockwell Automation, Inc.", "rockwell automation")]
    [InlineData("ＯＭＲＯＮ　Ｃｏｒｐｏｒａｔｉｏｎ", "omron")]
    [InlineData("Co", "co")]
    public void Vendor_names_reduce_to_one_key(string name, string expected) => Assert.Equal(expected, VendorName.Normalize(name));

    [Fact]
    public void Aliases_map_spellings_to_one_vendor()
    {
        var aliases = new Dictionary<string, string> { ["schneider electric software"] = "schneider electric", ["allen bradley"] = "rockwell automation" };
        Assert.Equal("schneider electric", VendorName.Normalize("Schneider Electric Software, LLC", aliases));
        Assert.Equal("rockwell automation", VendorName.Normalize("Allen-Bradley", aliases));
    }
}
