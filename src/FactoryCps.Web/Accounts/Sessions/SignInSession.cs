namespace FactoryCps.Web.Accounts.Sessions;

/// <summary>
/// One sign-in: a staff user's or a supplier account's browser, from the moment it signed in until it signed out or
/// was ended from another session. The cookie names it by <see cref="Id"/>; a cookie whose session has ended is
/// refused, so ending one here ends it in that browser at its next request.
/// </summary>
internal sealed class SignInSession
{
    /// <summary>Random (128 bits, hex): the cookie carries it, and nothing can be guessed from it.</summary>
    public required string Id { get; set; }

    /// <summary>Whose session: <c>user:{id}</c> for staff, <c>supplier-account:{id}</c> for a supplier account.</summary>
    public required string Owner { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The last request, written at most once a minute (<see cref="SessionCheck"/>), so a busy page costs no write.</summary>
    public DateTimeOffset LastSeenAt { get; set; }

    /// <summary>Browser and system as read from the User-Agent header, short and printable (<see cref="BrowserSummary"/>).</summary>
    public required string Browser { get; set; }

    /// <summary>The client's address as the server saw it (after configured proxies).</summary>
    public string? Address { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>Why it ended: <c>sign-out</c>, <c>ended</c> (from another session), <c>password</c>, <c>reset</c>, <c>disabled</c>.</summary>
    public string? EndedBecause { get; set; }
}
