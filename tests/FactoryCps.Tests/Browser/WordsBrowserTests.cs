namespace FactoryCps.Tests.Browser;

/// <summary>
/// The members, Step 3 and audit pages in a real browser, in Japanese and in English, with roles, phases and audit
/// actions in words (issue 15): screenshots for review, and a check that the role select still posts ids.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WordsBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string Site = $"/sites/{BrowserHost.DemoSite}";

    private Browser Browser => fixture.Browser;

    [Fact]
    public void Members_step3_and_audit_name_roles_phases_and_actions_in_both_languages()
    {
        Browser.Begin("words");
        Browser.Step("signed-in", () => fixture.SignIn(BrowserFixture.Lead));
        foreach (var language in new[] { "ja", "en" })
        {
            Browser.Step($"members-{language}", () =>
            {
                Browser.Go($"{Site}/members");
                Assert.Equal(language, Browser.Language);
                Assert.Contains(PageText.WebIn(language, "SiteRole_security_lead"), Browser.Text("#members"), StringComparison.Ordinal);
                Assert.Equal("engineer", Browser.Find("#member-role option:nth-child(3)").GetAttribute("value"));
            });
            Browser.Step($"step3-{language}", () =>
            {
                Browser.Go($"{Site}/step3");
                Assert.Equal(PageText.WebIn(language, "CasePhase_observe"), Browser.Text("#ooda-preventive-observe td[data-phase]"));
            });
            Browser.Step($"audit-{language}", () => Browser.Go($"{Site}/audit"));
            Browser.ClickAndWait("#switch-language");
        }
    }
}
