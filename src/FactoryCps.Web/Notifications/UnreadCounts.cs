using System.Collections.Concurrent;

namespace FactoryCps.Web.Notifications;

/// <summary>
/// Each user's unread count for the header of every page, kept a short while: a page view then costs no query, and
/// this server forgets a user's count at once when it changes their inbox. A notice stored by another server shows
/// within <see cref="Lifetime"/>.
/// </summary>
internal sealed class UnreadCounts(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, (int Count, DateTimeOffset At)> _counts = new(StringComparer.Ordinal);

    public async ValueTask<int> GetAsync(string userId, Func<CancellationToken, Task<int>> count, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_counts.TryGetValue(userId, out var kept) && now - kept.At < Lifetime)
        {
            return kept.Count;
        }

        var counted = await count(cancellationToken);
        _counts[userId] = (counted, now);
        return counted;
    }

    public void Forget(string userId) => _counts.TryRemove(userId, out _);
}
