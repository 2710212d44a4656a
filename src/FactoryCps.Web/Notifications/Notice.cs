namespace FactoryCps.Web.Notifications;

/// <summary>
/// Something a person should know: a round assigned to them, a round falling due, an answer sent back; later
/// issues add approvals, reviews and expiring accepted risks. Delivered to each recipient's inbox, and by e-mail
/// where a relay is configured. The words are the kind's (resources <c>NoticeKind_{kind, - as _}</c>, <c>NoticeWords</c>, in the recipient's
/// language) followed by <paramref name="Subject"/>, the object's own name as people wrote it.
/// </summary>
/// <param name="Kind">What happened, a resource key suffix: <c>round-assigned</c>, <c>round-due</c>, <c>round-overdue</c>, <c>answer-returned</c>.</param>
/// <param name="SiteId">The site it concerns (its members' access still decides what they may open), or null.</param>
/// <param name="Subject">The object's name (a round's title), shown after the kind's words.</param>
/// <param name="Link">A path of this application (<c>/sites/kawasaki/...</c>), never an address: e-mail builds the address from the configured public one.</param>
/// <param name="Key">The same key reaches a recipient once (a reminder computed twice, by two servers or two days, is one notice).</param>
/// <param name="Due">When the thing falls due, if it does.</param>
internal sealed record Notice(string Kind, int? SiteId, string Subject, string Link, string Key, DateTimeOffset? Due = null);
