namespace FactoryCps.Web.Hosting;

/// <summary>The server cannot start for a reason the operator must fix (a failed migration, a bad setting).</summary>
internal sealed class StartupException(string message, Exception? inner = null) : Exception(message, inner);
