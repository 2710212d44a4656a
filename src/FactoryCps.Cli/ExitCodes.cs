namespace FactoryCps.Cli;

internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Something unexpected inside fcps: a bug to report, not the user's input.</summary>
    public const int InternalError = 1;

    /// <summary>The input (command line, model, catalogue overlay) is wrong; the message says where.</summary>
    public const int InvalidInput = 2;
}
