namespace FactoryCps.Web.Notifications;

/// <summary>Wakes this server's mailer when a notice with an e-mail was stored, so that it need not wait for its next look.</summary>
internal sealed class MailSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Wake()
    {
        if (_signal.CurrentCount == 0)
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already woken: one wake covers every notice stored meanwhile.
            }
        }
    }

    /// <summary>Waits until woken or <paramref name="delay"/> has passed on <paramref name="time"/>'s clock.</summary>
    public async Task WaitAsync(TimeSpan delay, TimeProvider time, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(delay, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        try
        {
            await _signal.WaitAsync(either.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The delay passed: time for the next look.
        }
    }
}
