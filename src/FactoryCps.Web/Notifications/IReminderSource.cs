namespace FactoryCps.Web.Notifications;

/// <summary>
/// A feature's things that fall due, asked by the reminder schedule (in one process of several servers at a
/// time); each answer is sent like any notice, so asking twice reminds once (<see cref="Notice.Key"/>).
/// </summary>
internal interface IReminderSource
{
    IAsyncEnumerable<(Notice Notice, IReadOnlyCollection<string> UserIds)> DueAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
