using OpenQA.Selenium;

namespace FactoryCps.Tests.Browser;

/// <summary>
/// The step pages and the site menu by the guideline's steps in a real browser, in Japanese and English: screenshots
/// for review, a missing item followed to the form that fixes it, and the menu walked by keyboard alone.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StepPagesBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string Site = $"/sites/{BrowserHost.DemoSite}";

    private Browser Browser => fixture.Browser;

    [Fact]
    public void The_step_pages_and_the_menu_in_both_languages()
    {
        Browser.Begin("steps");
        Browser.Step("signed-in", () => fixture.SignIn(BrowserFixture.Lead));
        foreach (var language in new[] { "ja", "en" })
        {
            Browser.Step($"dashboard-menu-{language}", () =>
            {
                Browser.Go(Site);
                Assert.Equal(language, Browser.Language);
                Assert.Equal("page", Browser.Find("#nav-dashboard").GetAttribute("aria-current"));
                Assert.False(Browser.Exists("nav.site .site-pages"));
            });
            foreach (var step in new[] { "1-1", "1-4", "1-6", "2-2", "3" })
            {
                Browser.Step($"step-{step}-{language}", () =>
                {
                    Browser.Go($"{Site}/steps/{step}");
                    Assert.Equal("page", Browser.Find($"#nav-step-{step}").GetAttribute("aria-current"));
                    Assert.True(Browser.Exists("#main-action .whose"));
                    Assert.True(Browser.Exists("#help-text .whose[data-whose=ours]"));
                });
            }

            Browser.Step($"missing-followed-{language}", () =>
            {
                Browser.Go($"{Site}/steps/1-4");
                Browser.ClickAndWait("#missing a");
                Assert.Equal($"{Site}/step1/assets/edit/spare-hmi", Browser.PathShown);
                Assert.Equal("true", Browser.Find("#nav-step-1-4").GetAttribute("aria-current"));
            });
            Browser.Step($"step1-overview-{language}", () =>
            {
                Browser.Go($"{Site}/step1");
                Assert.Equal(7, Browser.FindAll("#steps tbody tr").Count);
            });
            Browser.Step($"menu-by-keyboard-{language}", () =>
            {
                Browser.Go($"{Site}/steps/2-1");
                Browser.Find("#nav-step3").SendKeys(Keys.Enter);
                Browser.ExpectPath($"{Site}/steps/3");
                Browser.Find("#nav-suppliers").SendKeys(Keys.Enter);
                Browser.ExpectPath($"{Site}/suppliers");
                Assert.Equal("true", Browser.Find("#nav-step3").GetAttribute("aria-current"));
            });
            if (language == "ja")
            {
                Browser.ClickAndWait("#switch-language");
            }
        }
    }
}
