using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using FactoryCps.Web.Data;

namespace FactoryCps.Web.Audit;

/// <summary>
/// Adds one audit entry of a feature's change to the context, to be saved in the same transaction as the change: its
/// section and key, and the object before and after as JSON (a string is taken as JSON already). Japanese stays
/// readable in the log, not escaped. The user is given as id and name, since the features' actors sit above this folder.
/// </summary>
internal static class AuditTrail
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static void Add(FcpsDbContext db, int siteId, (string? Id, string Name) user, string action, string section, string key, object? before, object? after, DateTimeOffset at) =>
        db.AuditEntries.Add(new AuditEntry
        {
            SiteId = siteId,
            At = at,
            UserId = user.Id,
            UserName = user.Name,
            Action = action,
            Section = section,
            Key = key,
            Before = before is null ? null : before as string ?? JsonSerializer.Serialize(before, Json),
            After = after is null ? null : after as string ?? JsonSerializer.Serialize(after, Json),
        });
}
