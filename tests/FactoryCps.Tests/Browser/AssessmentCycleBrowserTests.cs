using System.Text.RegularExpressions;
using FactoryCps.Synthetic;

namespace FactoryCps.Tests.Browser;

/// <summary>
/// Two self-assessment rounds closed in a real browser, on a site of this test's own (the demo's statuses are read by
/// other browser tests): the first answered by uploading its YAML file through the file page, its disagreements with
/// the Step 2 statuses applied at close and seen on the zone's page; the second, pre-filled from the first, answered
/// the other way round, so that its scores show what improved and what worsened and the list shows a two-round trend.
/// Every page of the file round trip is saved in Japanese and English.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AssessmentCycleBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Site = "synthetic"; // the synthetic model names its site so; this class's host is its own
    private const string Rounds = $"/sites/{Site}/assessments";

    private Browser Browser => fixture.Browser;

    [Fact]
    public void Two_rounds_answered_by_file_closed_with_their_result_applied_show_the_change_and_the_trend()
    {
        Browser.Begin("round-cycle");
        Browser.Step("imported", () => fixture.ImportSyntheticSite(Site, "自己点検工場", new SyntheticModel.Size(30, 3, 3, 10, Externals: 2, Operations: 5)));

        // Round 1: every other question 0, the rest 4 — a site that says "implemented" somewhere disagrees.
        Create("第1回 自己点検", prefill: false);
        var first = Browser.PathShown;
        Upload(first, "round-1", (i, _) => i % 2 == 0 ? "0" : "4");
        var disagreeing = new List<string>();
        Browser.Step("disagreements", () =>
        {
            AcceptAll(first);
            Browser.Go(first + "/close");
            Assert.True(Browser.Exists("#disagreements li"), Browser.Text("main"));
            disagreeing.AddRange(Browser.FindAll("#disagreements li").Select(li => li.GetAttribute("data-countermeasure")!).Distinct());
        });
        var before = Statuses(disagreeing);
        Browser.Step("closed-applied", () =>
        {
            Browser.Go(first + "/close");
            Assert.True(Browser.Find("#close-form input[value='apply']").Selected);
            Browser.ClickAndWait("#close-round");
            Assert.Equal("closed", Browser.Find("#round-state").GetAttribute("data-state"));
        });
        Browser.Step("statuses-changed", () =>
        {
            var after = Statuses(disagreeing);
            Assert.NotEmpty(before);
            Assert.Contains(before, b => after.TryGetValue(b.Key, out var now) && now != b.Value);
        });

        // Round 2, pre-filled from round 1 and answered the other way round: improved and worsened both.
        Create("第2回 自己点検", prefill: true);
        var second = Browser.PathShown;
        Upload(second, "round-2", (_, level) => level == "0" ? "4" : "0");
        Browser.Step("second-closed", () =>
        {
            AcceptAll(second);
            Browser.Go(second + "/close");
            Browser.Find("#close-form input[value='apply']").Click();
            Browser.ClickAndWait("#close-round");
            Assert.Equal("closed", Browser.Find("#round-state").GetAttribute("data-state"));
        });
        foreach (var language in new[] { "ja", "en" })
        {
            Browser.Step($"scores-{language}", () =>
            {
                Browser.Go(second + "/scores");
                Assert.Equal(language, Browser.Language);
                Assert.True(Browser.Exists("#answer-changes tr[data-direction='Improved']"), Browser.Text("main"));
                Assert.True(Browser.Exists("#answer-changes tr[data-direction='Worsened']"), Browser.Text("main"));
            });
            Browser.Step($"trend-{language}", () =>
            {
                Browser.Go(Rounds);
                var chart = Browser.Find("#trend-chart svg").GetAttribute("innerHTML") ?? "";
                Assert.Contains("第1回 自己点検", chart, StringComparison.Ordinal);
                Assert.Contains("第2回 自己点検", chart, StringComparison.Ordinal);
            });
            Browser.Step($"file-open-{language}", () =>
            {
                Browser.Go(first + "/file");
                Assert.True(Browser.Exists("#file-closed"), Browser.Text("main"));
            });
            if (language == "ja")
            {
                Browser.ClickAndWait("#switch-language");
            }
        }
    }

    private void Create(string title, bool prefill) => Browser.Step(prefill ? "second-created" : "created", () =>
    {
        Browser.Go(Rounds + "/new");
        Browser.Fill("#new-round-form", "title", title);
        Browser.Find("#scope-groups input[value='network']").Click();
        if (prefill)
        {
            Browser.Find("#new-round-form input[name='prefill']").Click();
        }

        Browser.ClickAndWait("#create-round");
        Assert.True(Browser.Exists("#answers-form"), Browser.Text("main"));
    });

    /// <summary>
    /// The round's YAML downloaded with the browser's session, every level set by <paramref name="level"/> (its
    /// position and the level the file had), and uploaded through the file page's form; a workbook of the wrong kind
    /// is refused first, on the page, in Japanese and in English.
    /// </summary>
    private void Upload(string round, string name, Func<int, string, string> level)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("fcps-round-").FullName, name + ".yaml");
        Browser.Step($"{name}-file", () =>
        {
            Browser.Go(round + "/file");
            using var client = Browser.HttpClientWithCookies();
            var yaml = client.GetStringAsync(Browser.Find("#download-yaml").GetAttribute("href"), TestContext.Current.CancellationToken).GetAwaiter().GetResult();
            var i = 0;
            File.WriteAllText(file, Regex.Replace(yaml, "(?m)^(  level: )(.*)$", m => m.Groups[1].Value + level(i++, m.Groups[2].Value)));
            Assert.True(i > 2, yaml);
        });
        if (name == "round-1")
        {
            var wrong = Path.Combine(Path.GetDirectoryName(file)!, "notes.pdf");
            File.WriteAllText(wrong, "%PDF-1.4\n");
            foreach (var language in new[] { "ja", "en" })
            {
                Browser.Step($"file-refused-{language}", () =>
                {
                    Browser.Go(round + "/file");
                    Assert.Equal(language, Browser.Language);
                    Browser.Find("#file-input").SendKeys(wrong);
                    Browser.ClickAndWait("#file-upload");
                    Assert.True(Browser.Exists("#file-problems .file-problem"), Browser.Text("main"));
                });
                Browser.ClickAndWait("#switch-language");
            }
        }

        Browser.Step($"{name}-uploaded", () =>
        {
            Browser.Go(round + "/file");
            Browser.Find("#file-input").SendKeys(file);
            Browser.ClickAndWait("#file-upload");
            Assert.True(Browser.Exists("#file-accepted"), Browser.Text("main"));
        });
    }

    /// <summary>Every part of the review page, each answer accepted.</summary>
    private void AcceptAll(string round)
    {
        Browser.Go(round + "/review");
        var parts = Browser.FindAll("#parts li a").Select(a => a.GetAttribute("href")!).ToList();
        foreach (var part in parts.DefaultIfEmpty(round + "/review"))
        {
            Browser.Go(new Uri(part).PathAndQuery);
            foreach (var radio in Browser.FindAll("#review-form input[type=radio][value='accepted']"))
            {
                radio.Click();
            }

            Browser.ClickAndWait("#save-reviews");
            Assert.False(Browser.Exists("#review-error"), Browser.Text("main"));
        }

        Browser.Go(round + "/close");
        Assert.False(Browser.Exists("#not-ready"), Browser.Text("main"));
    }

    /// <summary>What the zones' Step 2 pages say of each countermeasure's status, for those of <paramref name="ids"/> the zones require.</summary>
    private Dictionary<string, string> Statuses(IReadOnlyList<string> ids)
    {
        var shown = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var zone in new[] { "z0", "z1", "z2" })
        {
            Browser.Go($"/sites/{Site}/step2/{zone}");
            foreach (var id in ids.Where(id => !shown.ContainsKey(id) && Browser.Exists($"#cm-{id}")))
            {
                shown[id] = Browser.FindAll($"#cm-{id} td")[1].Text.Trim();
            }
        }

        return shown;
    }
}
