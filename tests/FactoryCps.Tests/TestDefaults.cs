namespace FactoryCps.Tests;

/// <summary>
/// What nearly every test class used to declare for itself; imported into every file with a global
/// <c>using static</c> (the project file), so a test writes <c>Token</c> and nothing more.
/// </summary>
internal static class TestDefaults
{
    /// <summary>Cancelled when the run is aborted, so a long test step stops with it.</summary>
    public static CancellationToken Token => TestContext.Current.CancellationToken;
}
