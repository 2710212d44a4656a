namespace FactoryCps.Web.Accounts.Sessions;

/// <summary>What the session list shows: the owner's open sessions and which of them is asking.</summary>
internal sealed record SessionTable(IReadOnlyList<SignInSession> Sessions, string? Current);
