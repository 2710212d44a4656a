using System.Text.RegularExpressions;
using FactoryCps.Cases;

namespace FactoryCps.Tests.Browser;

/// <summary>
/// Step 3 cases in a real browser: the plant floor reports that something differs from normal, and the case goes
/// through orient, decide and act, each moved on by the roles the catalogue's OODA table names for the damage stage
/// (docs/cases.md); a move the case refuses is shown with its reason.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class CaseBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string PhaseForm = "#phase-form";

    /// <summary>An asset of the demo model whose operation (production) has importance 3: management must approve.</summary>
    private const string ImportantAsset = "hmi-line1";

    private static readonly string Cases = $"/sites/{BrowserHost.DemoSite}/cases";

    private Browser Browser => fixture.Browser;

    [Fact]
    public void An_incident_reported_by_an_engineer_is_assessed_decided_approved_worked_and_closed()
    {
        const string title = "ライン1 HMI が夜間に再起動する";
        const string assessment = "保守用 VPN 経由で DMZ から到達可能。生産ラインの停止につながる";
        const string decision = "HMI のファームウェアを更新し、VPN のアカウントを棚卸しする";
        const string decisionMakers = "佐藤（セキュリティ）、田中（製造部長）";
        const string impact = "ライン1 を2時間停止";
        const string work = "ファームウェア 2.4.1 を適用、不要な VPN アカウント3件を削除";
        const string evidence = "変更記録 CR-1042";
        var url = "";

        Browser.Begin("case-flow");
        Browser.Step("reported", () =>
        {
            fixture.SignIn(BrowserFixture.Engineer);
            url = Report(title, ImportantAsset, "high");
            Assert.Contains(title, Browser.Text("h1"), StringComparison.Ordinal);
            ExpectPhase(CasePhases.Observe);
            Assert.Contains(PageText.Web("CaseStage_damage"), Browser.Text("#case-summary"), StringComparison.Ordinal);
            Assert.Contains(PageText.Web("CaseManagementRequired"), Browser.Text("#asset-importance"), StringComparison.Ordinal);
        });
        Browser.Step("observed", () =>
        {
            // The plant floor completes observe; orient is the security department's and the site manager's.
            Advance();
            ExpectPhase(CasePhases.Orient);
            Assert.False(Browser.Exists(PhaseForm), "An engineer was offered the orient form.");
            Assert.Contains(PageText.Web("SiteRole_security_lead"), Browser.Text("#movers"), StringComparison.Ordinal);
        });
        Browser.Step("listed", () =>
        {
            Browser.Go(Cases);
            Assert.Contains(title, Browser.Text($"#case-{Number(url)}"), StringComparison.Ordinal);
        });
        Browser.Step("oriented", () =>
        {
            fixture.SignInAs(BrowserFixture.Lead);
            Browser.Go(url);
            Browser.Fill(PhaseForm, "assessment", assessment);
            Advance();
            ExpectPhase(CasePhases.Decide);
            Assert.Contains(assessment, Browser.Text("#record"), StringComparison.Ordinal);
        });
        Browser.Step("approval-missing", () =>
        {
            Browser.Fill(PhaseForm, "decision", decision);
            Browser.Fill(PhaseForm, "decisionMakers", decisionMakers);
            Browser.Fill(PhaseForm, "operationImpact", impact);
            Advance();
            ExpectRefusal(CaseRefusal.ApprovalMissing);
            ExpectPhase(CasePhases.Decide);
            // What was typed is kept although the move was refused; only management may approve it.
            foreach (var recorded in new[] { decision, decisionMakers, impact })
            {
                Assert.Contains(recorded, Browser.Text("#record"), StringComparison.Ordinal);
            }

            Assert.False(Browser.Exists("#approve"), "A security lead was offered management's approval.");
        });
        Browser.Step("approved", () =>
        {
            fixture.SignInAs(BrowserFixture.Executive);
            Browser.Go(url);
            Browser.ClickAndWait("#approve");
            Browser.ExpectPath(url);
            Assert.False(Browser.Exists("#refusal"), Browser.Exists("#refusal") ? Browser.Text("#refusal") : "");
            Assert.Contains(BrowserFixture.Executive, Browser.Text("#approval"), StringComparison.Ordinal);
        });
        Browser.Step("decided", () =>
        {
            Advance();
            ExpectPhase(CasePhases.Act);
            Assert.False(Browser.Exists(PhaseForm), "Management was offered the act form.");
        });
        Browser.Step("closed", () =>
        {
            fixture.SignInAs(BrowserFixture.Engineer);
            Browser.Go(url);
            Assert.Equal(PageText.Web("CaseCloseFixed"), Browser.Text("#advance"));
            Browser.Fill(PhaseForm, "workDone", work);
            Browser.Fill(PhaseForm, "evidence", evidence);
            Advance();
            ExpectPhase(CasePhases.Closed);
            Assert.Contains(PageText.Web("CaseResolution_fixed"), Browser.Text("#case-summary"), StringComparison.Ordinal);
            Assert.False(Browser.Exists(PhaseForm), "A closed case still offers its form.");
            Assert.Contains(work, Browser.Text("#record"), StringComparison.Ordinal);
            Assert.Contains(evidence, Browser.Text("#record"), StringComparison.Ordinal);
            var history = Browser.Text("#history");
            foreach (var person in new[] { BrowserFixture.Engineer, BrowserFixture.Lead, BrowserFixture.Executive })
            {
                Assert.Contains(person, history, StringComparison.Ordinal);
            }
        });
        Browser.Step("listed-as-closed", () =>
        {
            Browser.Go(Cases);
            Assert.False(Browser.Exists($"#case-{Number(url)}"), "A closed case is still among the open ones.");
            Browser.Go(Cases + "?all=true");
            Assert.Contains(PageText.Web("CasePhase_closed"), Browser.Text($"#case-{Number(url)}"), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Advancing_orient_without_an_assessment_is_refused_with_the_reason_and_the_case_stays()
    {
        var url = "";
        Browser.Begin("case-refused");
        Browser.Step("reported", () =>
        {
            // The site manager may move both observe and orient of the damage stage.
            fixture.SignIn(BrowserFixture.SiteManager);
            url = Report("倉庫の無線 AP に見知らぬ端末が接続している", asset: null, severity: "medium");
            Advance();
            ExpectPhase(CasePhases.Orient);
        });
        Browser.Step("refused", () =>
        {
            Assert.Equal("", Browser.Find($"{PhaseForm} [name='assessment']").GetAttribute("value"));
            Advance();
            ExpectRefusal(CaseRefusal.AssessmentMissing);
            ExpectPhase(CasePhases.Orient);
            Assert.True(Browser.Exists(PhaseForm), "The refused form is not offered again.");
        });
        Browser.Step("still-orient", () =>
        {
            Browser.Go(url);
            ExpectPhase(CasePhases.Orient);
            Assert.False(Browser.Exists("#refusal"));
        });
    }

    /// <summary>Reports an incident with the cases page's form; returns the path of the case page it opens.</summary>
    private string Report(string title, string? asset, string severity)
    {
        Browser.Go(Cases);
        Browser.Fill("#report-form", "title", title);
        Browser.Fill("#report-form", "description", "夜間巡回で発見");
        if (asset is not null)
        {
            Browser.Fill("#report-form", "asset", asset);
        }

        Browser.Fill("#report-form", "severity", severity);
        Browser.ClickAndWait("#report-form button[type='submit']");
        Assert.False(Browser.Exists("#report-error"), Browser.Exists("#report-error") ? Browser.Text("#report-error") : "");
        Assert.Matches(CasePath(), Browser.PathShown);
        return Browser.PathShown;
    }

    /// <summary>Moves the case on with the phase form's main button; the page comes back to the case.</summary>
    private void Advance()
    {
        var url = Browser.PathShown;
        Browser.ClickAndWait("#advance");
        Browser.ExpectPath(url);
    }

    private void ExpectPhase(string phase) => Assert.Equal(PageText.Web("CasePhase_" + phase), Browser.Text("#case-phase"));

    private void ExpectRefusal(CaseRefusal refusal)
    {
        Assert.True(Browser.Exists("#refusal"), $"No refusal shown; expected {refusal}.");
        Assert.Equal(refusal.ToString(), Browser.Find("#refusal").GetAttribute("data-refusal"));
        Assert.Equal(PageText.Web("CaseRefused_" + refusal), Browser.Text("#refusal"));
    }

    private static string Number(string url) => CasePath().Match(url).Groups["number"].Value;

    [GeneratedRegex("^/sites/[^/]+/cases/(?<number>[0-9]+)$")]
    private static partial Regex CasePath();
}
