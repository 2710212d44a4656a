using FactoryCps.Web.Data;
using FactoryCps.Web.Notifications;
using FactoryCps.Web.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FactoryCps.Tests.Web.Notifications;

/// <summary>Sending notices in the tests as a feature would, and reading the inbox rows they made.</summary>
internal static class Notices
{
    public static readonly DateTimeOffset Due = new(2026, 12, 21, 0, 0, 0, TimeSpan.Zero);

    public static async Task<Notice> RoundDueAsync(FreshWebApplication factory, string key = "round:1:due-7", string subject = "2026年度 上期 自己点検")
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var site = await scope.ServiceProvider.GetRequiredService<FcpsDbContext>().Sites.SingleAsync(s => s.Key == FreshWebApplication.DemoSite, Token);
        return new Notice("round-due", site.Id, subject, $"/sites/{site.Key}/steps/3", key, Due);
    }

    public static Task SendAsync(FreshWebApplication factory, Notice notice, params string[] userIds) =>
        factory.Services.GetRequiredService<INoticeSender>().SendAsync(notice, userIds, Token);

    public static async Task<List<InboxNotice>> RowsAsync(FreshWebApplication factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FcpsDbContext>().InboxNotices.AsNoTracking().OrderBy(n => n.Id).ToListAsync(Token);
    }
}
