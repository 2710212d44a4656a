namespace FactoryCps.Cases;

/// <summary>Who acts on a case: their name for the history, and their role at the site for the phase rules.</summary>
internal sealed record CaseActor(string? UserId, string UserName, string? Role, bool IsAdministrator)
{
    /// <summary>Whether they may complete a phase that the given site roles move on.</summary>
    public bool IsAmong(IReadOnlyCollection<string> movers) => IsAdministrator || (Role is not null && movers.Contains(Role));

    /// <summary>Management (経営者) is the executive role; administrators stand in for anyone.</summary>
    public bool IsManagement => IsAdministrator || Role == "executive";
}
