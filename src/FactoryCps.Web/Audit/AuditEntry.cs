namespace FactoryCps.Web.Audit;

/// <summary>
/// One change, append-only: who, when, what, and the object before and after. The application never updates
/// or deletes these rows, and the database refuses it (triggers in the migrations).
/// </summary>
internal sealed class AuditEntry
{
    public long Id { get; set; }

    public int? SiteId { get; set; }

    public DateTimeOffset At { get; set; }

    public string? UserId { get; set; }

    public required string UserName { get; set; }

    /// <summary><c>create</c>, <c>update</c>, <c>delete</c>, <c>import</c>, …</summary>
    public required string Action { get; set; }

    public string? Section { get; set; }

    public string? Key { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }
}
