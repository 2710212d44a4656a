namespace FactoryCps.Diagnostics;

public enum Severity
{
    Error,
    Warning,
    Info,
}
