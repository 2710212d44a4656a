namespace FactoryCps.Web.Shared;

/// <summary>
/// The unread count the header shows on every signed-in page, given by the inbox (Notifications registers it), so
/// that the layout names no feature. Absent, the header shows no count.
/// </summary>
internal interface IInboxCount
{
    Task<int> UnreadAsync(HttpContext context);
}
