using OpenQA.Selenium;

namespace FactoryCps.Tests.Browser;

/// <summary>
/// The main flows with the keyboard alone (issue 16): sign in, open a site, open a Step 1 section, edit and save an
/// object, set a countermeasure's status on a Step 2 zone page and save it, report a case and move it one phase.
/// No element is clicked; only the first page of each person is opened by its address, as typed into the browser.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string Site = $"/sites/{BrowserHost.DemoSite}";

    private Browser Browser => fixture.Browser;

    [Fact]
    public void The_main_flows_work_with_the_keyboard_alone_and_show_where_the_focus_is()
    {
        var keys = new Keyboard(Browser);
        const string newName = "ライン1 PLC（キーボードで編集）";
        Browser.Begin("keyboard");
        Browser.Step("signed-in", () => SignIn(keys, BrowserFixture.Lead));
        Browser.Step("site-opened", () =>
        {
            keys.TabTo($"main a[href='{Site}']");
            keys.PressAndWait(Keys.Enter);
            Browser.ExpectPath(Site);
        });
        Browser.Step("skipped-to-content", () =>
        {
            // The first stop of every page is the link past the header and the site menu, shown when focused.
            keys.Press(Keys.Tab);
            Assert.True(keys.FocusMatches("a.skip-link"), "The first Tab of a page does not reach the skip link.");
            keys.ExpectVisibleFocus();
            Assert.True(Browser.Find("a.skip-link").Displayed);
            keys.Press(Keys.Enter);
            keys.Press(Keys.Tab);
            Assert.True(keys.FocusMatches("main *"), "After the skip link, Tab does not continue in the main content.");
        });
        Browser.Step("section-opened", () =>
        {
            keys.TabTo($"a[href='{Site}/step1']", backwards: true);
            keys.PressAndWait(Keys.Enter);
            keys.TabTo($"main a[href='{Site}/step1/assets']");
            keys.PressAndWait(Keys.Enter);
            Browser.ExpectPath($"{Site}/step1/assets");
        });
        Browser.Step("object-saved", () =>
        {
            keys.TabTo($"main a[href='{Site}/step1/assets/edit/plc-line1']");
            keys.PressAndWait(Keys.Enter);
            keys.TabTo("#object-form [name='name']");
            keys.Replace(newName);
            keys.TabTo("#save");
            keys.PressAndWait(Keys.Enter);
            Browser.ExpectPath($"{Site}/step1/assets");
            Assert.Contains(newName, Browser.Text("#objects"), StringComparison.Ordinal);
        });

        var row = "";
        var chosen = "";
        Browser.Step("status-set", () =>
        {
            keys.TabTo($"a[href='{Site}/step2']", backwards: true);
            keys.PressAndWait(Keys.Enter);
            keys.TabTo($"main a[href='{Site}/step2/control-line1']");
            keys.PressAndWait(Keys.Enter);
            keys.TabTo("#countermeasures tbody tr select");
            row = Browser.Until(d => (string)((OpenQA.Selenium.IJavaScriptExecutor)d).ExecuteScript("return document.activeElement.closest('tr').id")!);
            var before = keys.FocusedValue;
            keys.Press(Keys.ArrowDown);
            chosen = keys.FocusedValue;
            Assert.NotEqual(before, chosen);
        });
        Browser.Step("status-saved", () =>
        {
            // The save that follows the select in the tab order: the row's, or the page's one save for all rows.
            keys.TabTo("main button[type='submit']");
            keys.PressAndWait(Keys.Enter);
            Assert.Equal(chosen, Browser.Find($"#{row} select").GetAttribute("value"));
        });

        Browser.Step("signed-out", () =>
        {
            keys.TabTo("form[action='/logout'] button", backwards: true);
            keys.PressAndWait(Keys.Space);
            Browser.ExpectPath("/login");
        });
        Browser.Step("case-reported", () =>
        {
            // The plant floor's head reports what differs from normal, and completes observe (the damage stage's first phase).
            SignIn(keys, BrowserFixture.SiteManager);
            keys.TabTo($"main a[href='{Site}']");
            keys.PressAndWait(Keys.Enter);
            keys.TabTo($"a[href='{Site}/cases']");
            keys.PressAndWait(Keys.Enter);
            keys.TabTo("#report-form [name='title']");
            keys.Press("倉庫の制御盤の扉が開いていた");
            keys.TabTo("#report-form button[type='submit']");
            keys.PressAndWait(Keys.Enter);
            Assert.Matches($"^{Site}/cases/[0-9]+$", Browser.PathShown);
            Assert.Equal(PageText.Web("CasePhase_observe"), Browser.Text("#case-phase"));
        });
        Browser.Step("case-moved", () =>
        {
            keys.TabTo("#advance");
            keys.PressAndWait(Keys.Space);
            Assert.Equal(PageText.Web("CasePhase_orient"), Browser.Text("#case-phase"));
        });
    }

    private void SignIn(Keyboard keys, string email)
    {
        Browser.Go("/login");
        keys.TabTo("#email");
        keys.Press(email);
        keys.TabTo("#password");
        keys.Press(BrowserHost.Password);
        keys.PressAndWait(Keys.Enter);
        Browser.ExpectPath("/");
    }
}
