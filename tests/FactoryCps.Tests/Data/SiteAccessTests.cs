using FactoryCps.Web.Accounts;
using FactoryCps.Web.Data;
using FactoryCps.Web.Security;
using FactoryCps.Web.Sites;

namespace FactoryCps.Tests.Data;

public sealed class SiteAccessTests
{
    [Fact]
    public void The_documented_table_is_the_enforced_policy()
    {
        var lines = File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot, "docs", "roles.md"));
        var header = lines.Single(l => l.StartsWith("| permission |", StringComparison.Ordinal)).Split('|', StringSplitOptions.TrimEntries)[2..^1];
        var rows = lines.SkipWhile(l => !l.StartsWith("| permission |", StringComparison.Ordinal)).Skip(2).TakeWhile(l => l.StartsWith('|')).ToList();

        Assert.Equal(SiteRoles.Permissions.Keys.Order(StringComparer.Ordinal), header.Order(StringComparer.Ordinal));
        Assert.Equal(Enum.GetNames<SitePermission>().Order(StringComparer.Ordinal), rows.Select(r => r.Split('|', StringSplitOptions.TrimEntries)[1]).Order(StringComparer.Ordinal));
        foreach (var row in rows)
        {
            var cells = row.Split('|', StringSplitOptions.TrimEntries)[1..^1];
            var permission = Enum.Parse<SitePermission>(cells[0]);
            for (var i = 0; i < header.Length; i++)
            {
                Assert.True(
                    (cells[i + 1] == "yes") == SiteRoles.Allows(false, header[i], permission),
                    $"docs/roles.md says {header[i]} {(cells[i + 1] == "yes" ? "may" : "may not")} {permission}; the code disagrees");
            }
        }
    }

    [Fact]
    public void Administrators_may_do_everything_and_strangers_nothing()
    {
        Assert.All(Enum.GetValues<SitePermission>(), p => Assert.True(SiteRoles.Allows(true, null, p)));
        Assert.All(Enum.GetValues<SitePermission>(), p => Assert.False(SiteRoles.Allows(false, null, p)));
        Assert.False(SiteRoles.Allows(false, "janitor", SitePermission.View));
    }

    [Theory]
    [DatabaseProviders]
    public async Task A_user_sees_only_the_sites_where_they_hold_a_role(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var context = await database.MigratedAsync();
        var kawasaki = new SiteEntity { Key = "kawasaki" };
        var osaka = new SiteEntity { Key = "osaka" };
        context.Sites.AddRange(kawasaki, osaka);
        context.Users.AddRange(
            new FcpsUser { Id = "eng", UserName = "eng@example.com" },
            new FcpsUser { Id = "admin", UserName = "admin@example.com", IsAdministrator = true });
        await context.SaveChangesAsync(Token);
        context.SiteMembers.Add(new SiteMember { SiteId = kawasaki.Id, UserId = "eng", Role = "engineer" });
        await context.SaveChangesAsync(Token);
        var access = new SiteAccess(context);

        Assert.Equal(["kawasaki"], (await access.VisibleSitesAsync("eng", Token)).Select(s => s.Key));
        Assert.Equal(["kawasaki", "osaka"], (await access.VisibleSitesAsync("admin", Token)).Select(s => s.Key));
        var atKawasaki = await access.CheckAsync("eng", "kawasaki", Token);
        Assert.Equal((kawasaki.Id, "engineer"), (atKawasaki!.Site.Id, atKawasaki.Role));
        Assert.True(atKawasaki.May(SitePermission.EditModel));
        Assert.False(atKawasaki.May(SitePermission.Import));
        Assert.Null(await access.CheckAsync("eng", "osaka", Token));
        Assert.Null(await access.CheckAsync("eng", "nowhere", Token));
        Assert.Empty(await access.VisibleSitesAsync("nobody", Token));
    }
}
