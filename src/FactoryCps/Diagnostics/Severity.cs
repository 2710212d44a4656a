namespace FactoryCps.Diagnostics;

internal enum Severity
{
    Error,
    Warning,
    Info,
}
