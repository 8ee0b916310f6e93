using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace CrashSearch.Ingest.Progress;

/// <summary>Composition of the live display: only when the command's standard error is a terminal.</summary>
internal static class LiveProgress
{
    /// <summary>
    /// Whether <paramref name="error"/> is the process's standard error and a terminal that can draw; otherwise
    /// (a pipe, a file, a test's writer, <c>TERM=dumb</c>) the plain progress lines are printed as before.
    /// </summary>
    public static bool Fits(TextWriter error) =>
        ReferenceEquals(error, Console.Error)
        && !Console.IsErrorRedirected
        && !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);

    public static HostApplicationBuilder AddLiveProgress(this HostApplicationBuilder builder)
    {
        // The display replaces the progress lines; warnings (a quarantined record) and errors still print above it.
        builder.Logging.AddFilter("CrashSearch", LogLevel.Warning);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(AnsiConsole.Create(new AnsiConsoleSettings
        {
            // Only chosen for a terminal (Fits), which may not name itself in TERM (e.g. under script(1)).
            Ansi = AnsiSupport.Yes,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(Console.Error),
        }));
        // Registered after the worker, so stopped before it: the last picture is drawn before the summary line.
        builder.Services.AddHostedService<IngestProgressDisplay>();
        return builder;
    }
}
