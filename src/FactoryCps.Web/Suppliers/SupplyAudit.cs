using System.Text.Json;
using FactoryCps.Web.Audit;
using FactoryCps.Web.Data;
using FactoryCps.Web.Sites;

namespace FactoryCps.Web.Suppliers;

/// <summary>Audit entries of the supply-chain feature: section, key, and the object before and after as JSON.</summary>
internal static class SupplyAudit
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

    public static void Add(FcpsDbContext db, int siteId, Actor actor, string action, string section, string key, object? before, object? after, DateTimeOffset at) =>
        db.AuditEntries.Add(new AuditEntry
        {
            SiteId = siteId,
            At = at,
            UserId = actor.UserId,
            UserName = actor.UserName,
            Action = action,
            Section = section,
            Key = key,
            Before = before is null ? null : before as string ?? JsonSerializer.Serialize(before, Json),
            After = after is null ? null : after as string ?? JsonSerializer.Serialize(after, Json),
        });

    public static object Record(Supplier s) => new { s.Name, s.Kind, s.Contact, stakeholder = s.StakeholderId };

    public static object Record(SuppliedItem i) => new
    {
        supplier = i.SupplierId,
        i.Name,
        i.Category,
        i.Phase,
        i.ContractStart,
        i.ContractEnd,
        i.SupportEnd,
        i.Zones,
        i.Assets,
        i.Externals,
        i.Conduits,
    };
}
