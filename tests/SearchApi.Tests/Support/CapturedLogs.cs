using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;

namespace CrashSearch.SearchApi.Tests.Support;

/// <summary>
/// A logging provider that keeps every entry the host's filters let through, as a console would print it: the
/// message, the exception and the scopes around it.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    readonly ConcurrentQueue<string> _entries = new();
    IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyCollection<string> Entries => _entries;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => logs._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(
            LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            var entry = new StringBuilder($"{logLevel} {category}: {formatter(state, exception)} {exception}");
            logs._scopes.ForEachScope((scope, text) => text.Append(" => ").Append(scope), entry);
            logs._entries.Enqueue(entry.ToString());
        }
    }
}
