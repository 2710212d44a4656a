namespace FactoryCps.Web.Notifications;

/// <summary>How a feature tells people something (<see cref="Notice"/>); the feature resolves roles to users itself.</summary>
internal interface INoticeSender
{
    /// <summary>Puts <paramref name="notice"/> in each user's inbox (once per <see cref="Notice.Key"/>), and queues its e-mail where a relay is configured.</summary>
    Task SendAsync(Notice notice, IReadOnlyCollection<string> userIds, CancellationToken cancellationToken);
}
