namespace FactoryCps.Web.Notifications;

/// <summary>The one rule for a notice's link: a path of this application, so that the inbox and e-mail never send anyone elsewhere.</summary>
internal static class NoticeLinks
{
    public static bool IsLocalPath(string? link) =>
        link is { Length: > 0 and <= NoticeLimits.Link } && link[0] == '/'
        && !link.StartsWith("//", StringComparison.Ordinal) && !link.StartsWith("/\\", StringComparison.Ordinal)
        && !link.Any(c => char.IsControl(c) || c == '\\');
}
