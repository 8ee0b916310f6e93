using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CrashSearch.SearchApi.Tests.Support;

/// <summary>Keeps every log message (with its exception) of a host, to prove what never appears in logs.</summary>
public sealed class RecordingLoggerProvider : ILoggerProvider
{
    readonly ConcurrentQueue<string> _messages = new();

    public string Text => string.Join('\n', _messages);

    public ILogger CreateLogger(string categoryName) => new Recorder(categoryName, _messages);

    public void Dispose()
    {
    }

    sealed class Recorder(string category, ConcurrentQueue<string> messages) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(
            LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter) =>
            messages.Enqueue($"{category} {logLevel}: {formatter(state, exception)} {exception}");
    }
}
