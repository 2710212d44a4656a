using System.Text.Encodings.Web;
using System.Text.Unicode;
using FactoryCps.Web.Dashboard;
using FactoryCps.Web.Data;
using FactoryCps.Web.Security;
using FactoryCps.Web.Sites;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Time.Testing;

namespace FactoryCps.Tests.Web;

/// <summary>When a kept dashboard is served and when it is not: the same data, language and role only, before any deadline.</summary>
public sealed class RenderedDashboardTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(Start);
    private readonly DataWrites _writes = new();
    private readonly RenderedDashboards _dashboards;

    public RenderedDashboardTests() =>
        _dashboards = new RenderedDashboards(new MemoryCache(new MemoryCacheOptions { SizeLimit = 10 }), _writes, _time, HtmlEncoder.Create(UnicodeRanges.All));

    private static SiteContext Access(string? role = "viewer", long revision = 1, bool administrator = false) =>
        new(new SiteEntity { Id = 7, Key = "kawasaki", ModelRevision = revision }, role, administrator);

    private string? Kept(SiteContext access) => (_dashboards.Find(_dashboards.Stamp(access)) as HtmlString)?.Value;

    [Fact]
    public void Kept_content_is_served_for_the_same_data_and_encoded_by_the_pages_encoder()
    {
        var stamp = _dashboards.Stamp(Access());
        var content = new HtmlContentBuilder().AppendHtml("<h1>").Append("川崎 & <co>").AppendHtml("</h1>");
        Assert.Equal("<h1>川崎 &amp; &lt;co&gt;</h1>", ((HtmlString)_dashboards.Keep(stamp, content, null)).Value);
        Assert.Equal("<h1>川崎 &amp; &lt;co&gt;</h1>", Kept(Access()));
    }

    [Fact]
    public void A_write_a_new_model_revision_or_another_role_finds_nothing()
    {
        _dashboards.Keep(_dashboards.Stamp(Access()), new HtmlString("<p>kept</p>"), null);
        Assert.Null(Kept(Access(role: "security-lead")));
        Assert.Null(Kept(Access(role: null, administrator: true)));
        Assert.Null(Kept(Access(revision: 2)));
        Assert.NotNull(Kept(Access()));

        _writes.Count();
        Assert.Null(Kept(Access()));
    }

    [Fact]
    public void Another_language_finds_nothing()
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        var uiCulture = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.CurrentUICulture = new("ja");
            _dashboards.Keep(_dashboards.Stamp(Access()), new HtmlString("<p>日本語</p>"), null);
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.CurrentUICulture = new("en");
            Assert.Null(Kept(Access()));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
            System.Globalization.CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    [Fact]
    public void A_case_deadline_ends_the_entry_when_it_passes_and_nothing_is_served_past_the_maximum_age()
    {
        _dashboards.Keep(_dashboards.Stamp(Access()), new HtmlString("<p>kept</p>"), Start.AddSeconds(2));
        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.NotNull(Kept(Access()));
        _time.Advance(TimeSpan.FromTicks(1));
        Assert.Null(Kept(Access()));

        _dashboards.Keep(_dashboards.Stamp(Access()), new HtmlString("<p>kept</p>"), null);
        _time.Advance(RenderedDashboards.MaxAge);
        Assert.NotNull(Kept(Access()));
        _time.Advance(TimeSpan.FromTicks(1));
        Assert.Null(Kept(Access()));
    }

    [Theory]
    [InlineData("SELECT 1", true)]
    [InlineData("  select \"s\".\"Id\" FROM \"Sites\"", true)]
    [InlineData("INSERT INTO \"OodaCases\" VALUES (1) RETURNING \"Id\";", false)]
    [InlineData("UPDATE \"Sites\" SET \"ModelRevision\" = 2", false)]
    [InlineData("DELETE FROM \"ModelObjects\"", false)]
    [InlineData("PRAGMA journal_mode=WAL;", false)]
    [InlineData("-- fcps: changes nothing shown\n\nUPDATE \"SignInSessions\" SET \"LastSeenAt\" = @p", true)]
    public void Only_a_plain_query_is_not_counted_as_a_write(string sql, bool query) =>
        Assert.Equal(query, DataWritesInterceptor.IsQuery(sql));
}
