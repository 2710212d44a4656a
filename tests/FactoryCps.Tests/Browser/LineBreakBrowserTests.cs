using System.Drawing;
using OpenQA.Selenium;

namespace FactoryCps.Tests.Browser;

/// <summary>
/// No word is broken across lines in the tables people read: in Japanese and English, at 1400 px and at a narrow
/// 900 px, every header and short value is on one line, and where a longer text wraps, it wraps between words
/// (phrases in Japanese), as the browser's own word segmenter draws the boundaries.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LineBreakBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Site = "/sites/" + BrowserHost.DemoSite;

    /// <summary>
    /// The breaks found in the page's table cells that fall inside a word, as "text | where" lines. A cell's lines
    /// are told apart by the tops of its characters' boxes; a header or a value of at most 8 characters without a
    /// space must have one line; any other break must fall on a boundary of Intl.Segmenter's words in the page's
    /// language or, in Japanese, after a kana ending (a phrase, 文節, ends in its particles or okurigana, and
    /// Chromium's auto-phrase may end one inside a compound particle such as に/よる, which the word segmenter keeps
    /// as one word). A break inside kanji or katakana (重大/度, 部/署, ゾ/ーン) is never allowed.
    /// </summary>
    private const string MidWordBreaks = """
        const lang = document.documentElement.lang || 'ja';
        const words = new Intl.Segmenter(lang, { granularity: 'word' });
        const found = [];
        for (const cell of document.querySelectorAll('main th, main td')) {
          if (cell.closest('details, .why, pre, code') || cell.querySelector('input, select, textarea, svg')) continue;
          const text = cell.innerText.replace(/\s+/g, ' ').trim();
          if (!text || cell.getClientRects().length === 0) continue;
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          let flat = '', tops = [];
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (node.parentElement.closest('details, .whose, .id, svg')) continue;
            for (let i = 0; i < node.data.length; i++) {
              const range = document.createRange();
              range.setStart(node, i); range.setEnd(node, i + 1);
              const rects = range.getClientRects();
              flat += node.data[i];
              tops.push(rects.length ? Math.round(rects[0].top) : null);
            }
          }
          const boundaries = new Set();
          for (const s of words.segment(flat)) { boundaries.add(s.index); boundaries.add(s.index + s.segment.length); }
          const shortValue = flat.trim().length <= 8 && !/\s/.test(flat.trim());
          let lastTop = null;
          for (let i = 0; i < flat.length; i++) {
            if (tops[i] === null || /\s/.test(flat[i])) continue;
            if (lastTop !== null && tops[i] > lastTop + 2) {
              const around = flat.slice(Math.max(0, i - 6), i) + '/' + flat.slice(i, i + 6);
              const afterKana = /[\u3041-\u309f]/.test(flat[i - 1] || '');
              if (shortValue || !(boundaries.has(i) || afterKana)) found.push(around.replace(/\s+/g, ' ') + ' | ' + (cell.closest('table')?.id || cell.tagName) + ' ' + cell.tagName);
            }
            lastTop = tops[i];
          }
        }
        return found.join('\n');
        """;

    private Browser Browser => fixture.Browser;

    [Fact]
    public void Tables_break_no_word_across_lines_in_both_languages_wide_and_narrow()
    {
        string[] pages = [Site, $"{Site}/step2", $"{Site}/step2/control-line1", $"{Site}/plan", $"{Site}/step1/operations", $"{Site}/step1/assets", $"{Site}/cases", $"{Site}/suppliers"];
        Browser.Begin("line-breaks");
        Browser.Step("signed-in", () => fixture.SignIn(BrowserFixture.Lead));
        var problems = new List<string>();
        try
        {
            foreach (var language in new[] { "ja", "en" })
            {
                foreach (var width in new[] { 1400, 900 })
                {
                    Browser.Driver.Manage().Window.Size = new Size(width, Browser.Height);
                    foreach (var page in pages)
                    {
                        Browser.Go(page);
                        Assert.Equal(language, Browser.Language);
                        var found = (string)((IJavaScriptExecutor)Browser.Driver).ExecuteScript(MidWordBreaks)!;
                        problems.AddRange(found.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(f => $"{language} {width}px {page}: {f}"));
                        if (width == 1400 && page.EndsWith("step2/control-line1", StringComparison.Ordinal) || width == 1400 && page.EndsWith("operations", StringComparison.Ordinal))
                        {
                            Browser.Screenshot($"{page.Split('/')[^1]}-{language}");
                        }
                    }
                }

                if (language == "ja")
                {
                    Browser.ClickAndWait("#switch-language");
                }
            }
        }
        finally
        {
            Browser.Driver.Manage().Window.Size = new Size(Browser.Width, Browser.Height);
        }

        Assert.True(problems.Count == 0, $"{problems.Count} words broken across lines:\n" + string.Join('\n', problems.Take(60)));
    }
}
