using FactoryCps.Web.Accounts.Sessions;

namespace FactoryCps.Tests.Web;

/// <summary>The sessions page's browser column: a few known names and a major version, never the client's own text.</summary>
public sealed class BrowserSummaryTests
{
    [Theory]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "Chrome 131, Windows")]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86", "Edge 131, Windows")]
    [InlineData("Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", "Firefox 133, Linux")]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1", "Safari 18, iOS")]
    [InlineData("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15", "Safari 18, macOS")]
    [InlineData("Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.81 Mobile Safari/537.36", "Chrome 131, Android")]
    [InlineData("curl/8.11.0", "")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Names_the_browser_and_system(string? agent, string expected) => Assert.Equal(expected, BrowserSummary.Of(agent));

    [Fact]
    public void Keeps_nothing_a_client_wrote_but_the_version_digits()
    {
        var summary = BrowserSummary.Of("<script>alert(1)</script> Chrome/99999999<b>x</b> Windows " + new string('A', 10_000));

        Assert.Equal("Chrome 9999, Windows", summary);
        Assert.True(summary.Length <= BrowserSummary.MaxLength);
    }
}
