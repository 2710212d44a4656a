namespace FactoryCps.Tests.Web;

/// <summary>The rounds page before any round closed: the trend is a sentence saying so, not an empty axis.</summary>
public sealed class AssessmentTrendPageTests
{
    [Theory]
    [InlineData("ja", "完了した点検回はまだありません")]
    [InlineData("en", "No closed round yet")]
    public async Task Without_a_closed_round_the_page_says_there_is_none_instead_of_drawing_an_empty_chart(string language, string words)
    {
        await using var factory = await WebFactory.CreateAsync("sqlite");
        await factory.AddUserAsync("lead@example.com", roles: (WebFactory.DemoSite, "security-lead"));
        var lead = await factory.SignedInClientAsync("lead@example.com");
        if (language == "en")
        {
            await (await Forms.GetAsync(lead, $"/sites/{WebFactory.DemoSite}", "header form")).SubmitAsync(lead, [], "culture", "en");
        }

        var page = await Forms.PageAsync(lead, $"/sites/{WebFactory.DemoSite}/assessments");

        Assert.Null(page.QuerySelector("#trend-chart"));
        Assert.Contains(words, page.QuerySelector("#no-trend")!.TextContent, StringComparison.Ordinal);
    }
}
