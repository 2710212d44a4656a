using FactoryCps.Web.Data;

namespace FactoryCps.Web.Notifications;

/// <summary>
/// One <see cref="Notice"/> in one user's inbox: what the notice said, when it arrived, whether the user has read
/// it, and its e-mail's state when a relay is configured. A recipient holds one row per <see cref="Key"/>.
/// </summary>
internal sealed class InboxNotice
{
    public long Id { get; set; }

    public required string UserId { get; set; }

    /// <summary><see cref="Notice.Kind"/>: the resource key suffix of the words shown before <see cref="Subject"/>.</summary>
    public required string Kind { get; set; }

    public int? SiteId { get; set; }

    public required string Subject { get; set; }

    /// <summary>A path of this application; absolute links are built from the configured public address.</summary>
    public required string Link { get; set; }

    public required string Key { get; set; }

    public DateTimeOffset? Due { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }

    public MailState MailState { get; set; }

    public int MailAttempts { get; set; }

    /// <summary>
    /// When the next attempt may start, in Unix milliseconds: SQLite cannot compare DateTimeOffset values in SQL,
    /// and the mailer of each server asks the database which mails are due.
    /// </summary>
    public long? MailNextAt { get; set; }

    public DateTimeOffset? MailedAt { get; set; }

    public FcpsUser? User { get; set; }
}

/// <summary>Where a notice's e-mail stands; stored as its number, so keep the numbers.</summary>
internal enum MailState
{
    /// <summary>No relay was configured when the notice arrived: nothing to send.</summary>
    None = 0,

    /// <summary>To be sent at <see cref="InboxNotice.MailNextAt"/> (first attempt or a retry).</summary>
    Pending = 1,

    Sent = 2,

    /// <summary>Given up after the configured attempts; the notice stays in the inbox.</summary>
    Failed = 3,

    /// <summary>The recipient has no e-mail address.</summary>
    NoAddress = 4,
}
