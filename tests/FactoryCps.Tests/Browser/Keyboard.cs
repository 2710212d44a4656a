using System.Globalization;
using OpenQA.Selenium;
using OpenQA.Selenium.Interactions;

namespace FactoryCps.Tests.Browser;

/// <summary>
/// A person without a mouse: keys only (Tab, Shift+Tab, Enter, Space, arrows and typing, sent through Selenium's
/// Actions to whatever has the focus). Where the focus is, is read from the page; every element reached must show
/// the focus ring (app.css, "Accessibility"), since focus a keyboard user cannot see is focus they do not have.
/// </summary>
internal sealed class Keyboard(Browser browser)
{
    /// <summary>More than the longest tab order of the demo's pages; a page that needs more is one to fix.</summary>
    private const int MostTabs = 400;

    private IJavaScriptExecutor Script => (IJavaScriptExecutor)browser.Driver;

    /// <summary>Tabs (forwards, or backwards with Shift) until an element matching the selector has the focus.</summary>
    public void TabTo(string css, bool backwards = false)
    {
        for (var i = 0; i < MostTabs; i++)
        {
            if (backwards)
            {
                new Actions(browser.Driver).KeyDown(Keys.Shift).SendKeys(Keys.Tab).KeyUp(Keys.Shift).Perform();
            }
            else
            {
                Press(Keys.Tab);
            }

            if (FocusMatches(css))
            {
                ExpectVisibleFocus();
                return;
            }
        }

        Assert.Fail($"{MostTabs} presses of {(backwards ? "Shift+Tab" : "Tab")} never reached {css} on {browser.Driver.Url}.");
    }

    public void Press(string key) => new Actions(browser.Driver).SendKeys(key).Perform();

    /// <summary>Types into the focused field, replacing what it held (Ctrl+A first).</summary>
    public void Replace(string text) =>
        new Actions(browser.Driver).KeyDown(Keys.Control).SendKeys("a").KeyUp(Keys.Control).SendKeys(text).Perform();

    /// <summary>Presses a key that follows a link or submits a form, and waits for the next page to have loaded.</summary>
    public void PressAndWait(string key)
    {
        Script.ExecuteScript("window.fcpsKeyboardPage = true");
        Press(key);
        browser.Until(_ => Script.ExecuteScript("return window.fcpsKeyboardPage === undefined && document.readyState === 'complete'") is true);
    }

    public bool FocusMatches(string css) =>
        Script.ExecuteScript("return !!document.activeElement && document.activeElement.matches(arguments[0])", css) is true;

    /// <summary>The value of the focused element (a field, a select).</summary>
    public string FocusedValue => Script.ExecuteScript("return document.activeElement.value") as string ?? "";

    /// <summary>The focused element shows a solid ring at least 2 px wide (the browser's own faint ring is not enough).</summary>
    public void ExpectVisibleFocus()
    {
        var style = (IReadOnlyCollection<object>)Script.ExecuteScript(
            "var s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth, document.activeElement.outerHTML.substring(0, 120)]")!;
        var (outline, width, element) = ((string)style.ElementAt(0), (string)style.ElementAt(1), (string)style.ElementAt(2));
        Assert.True(
            outline == "solid" && double.Parse(width.Replace("px", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) >= 2,
            $"The focused element shows no focus ring ({outline} {width}): {element}");
    }
}
