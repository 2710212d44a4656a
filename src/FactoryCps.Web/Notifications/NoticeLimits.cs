namespace FactoryCps.Web.Notifications;

/// <summary>The stored lengths of a notice's texts; longer ones are cut (a subject) or refused (a key, a link).</summary>
internal static class NoticeLimits
{
    public const int Subject = 400;
    public const int Link = 1000;
    public const int Key = 200;
    public const int Kind = 64;
}
