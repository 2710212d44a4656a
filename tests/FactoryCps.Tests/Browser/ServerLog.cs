using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace FactoryCps.Tests.Browser;

/// <summary>
/// The server's recent log entries, kept in memory: when a browser step fails, the page often shows only
/// "400" or "500", and the reason is in the server's log, which a test host otherwise throws away.
/// </summary>
internal sealed class ServerLog : ILoggerProvider
{
    private const int Kept = 200;

    private readonly ConcurrentQueue<(LogLevel Level, string Text)> _entries = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    /// <summary>The recent warnings and errors, and what the request pipeline said about refused requests.</summary>
    public string Problems()
    {
        var problems = _entries
            .Where(e => e.Level >= LogLevel.Warning || e.Text.Contains("Antiforgery", StringComparison.Ordinal))
            .Select(e => e.Text)
            .TakeLast(8)
            .ToList();
        return problems.Count == 0 ? "" : "\nServer log:\n  " + string.Join("\n  ", problems);
    }

    /// <summary>Every kept entry, "Level Category: message".</summary>
    public IReadOnlyList<string> Entries => _entries.Select(e => e.Text).ToList();

    public void Dispose()
    {
    }

    private void Add(LogLevel level, string text)
    {
        _entries.Enqueue((level, text));
        while (_entries.Count > Kept && _entries.TryDequeue(out _))
        {
        }
    }

    private sealed class Logger(ServerLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                var text = $"{logLevel} {category}: {formatter(state, exception)}";
                log.Add(logLevel, exception is null ? text : $"{text} {exception.GetType().Name}: {exception.Message}");
            }
        }
    }
}
