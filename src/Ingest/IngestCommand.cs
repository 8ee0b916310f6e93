using CrashSearch.Indexer;
using CrashSearch.Indexer.Elasticsearch;
using CrashSearch.Ingest.Hosting;
using CrashSearch.Ingest.Progress;
using CrashSearch.Ingest.Sources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrashSearch.Ingest;

/// <summary>
/// The ingest command line: checks the arguments and the source, opens the index, runs the worker until the
/// source is drained (or Ctrl+C), then prints the summary; refuses to write into an index with a damaged week. Also
/// <c>repair</c> (<see cref="RepairCommand"/>). Exit codes: 0 ran, 1 could not run, 2 bad arguments.
/// </summary>
internal static class IngestCommand
{
    public const int Ran = 0;
    public const int CouldNotRun = 1;
    public const int BadArguments = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args is ["repair", .. var repair])
            return await RepairCommand.RunAsync(repair, output, error);
        if (args is ["--help" or "-h"])
        {
            await output.WriteLineAsync(IngestArguments.Usage).ConfigureAwait(false);
            return Ran;
        }
        if (!IngestArguments.TryParse(args, out var arguments, out var problem))
            return await FailAsync(error, problem!, BadArguments, withUsage: true).ConfigureAwait(false);
        try
        {
            CrashSourceSpec.Parse(arguments!.Source, TimeProvider.System);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return await FailAsync(error, e.Message, BadArguments, withUsage: false).ConfigureAwait(false);
        }

        using var host = BuildHost(arguments, LiveProgress.Fits(error));
        ICrashIndex index;
        try
        {
            // Validates the Index and Data options, then opens the engine they name.
            index = host.Services.GetRequiredService<ICrashIndex>();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Whatever stops the index from opening (a held lock, permissions, a bad option), the user must see it.
            var message = $"cannot open the index at '{arguments.Index}': {Describe(e)}";
            return await FailAsync(error, message, CouldNotRun, withUsage: false);
        }
        if (await index.GetStatusAsync(CancellationToken.None) is { Ready: false } status)
        {
            // A cluster has no week folders to repair: say what it answered.
            var message = index is ElasticsearchCrashIndex
                ? "the Elasticsearch cluster is not ready, so nothing was written: "
                    + string.Join("; ", status.Damaged.Select(d => $"{d.Name}: {d.Reason}"))
                : Damaged(status.Damaged, arguments.Index);
            return await FailAsync(error, message, CouldNotRun, withUsage: false);
        }
        var worker = host.Services.GetRequiredService<IngestWorker>();
        await host.RunAsync();
        if (worker.Summary is not { } summary)
        {
            var message = FailureMessage(worker.Failure, arguments.Index);
            return await FailAsync(error, message, CouldNotRun, withUsage: false);
        }
        await output.WriteLineAsync(summary.ToString());
        return Ran;
    }

    /// <summary>
    /// The ingest host: the index and the data directory from <c>--index</c>, through the same registration as the
    /// API's, and the worker over <c>--source</c>. Closing the host closes the index (a full disk rolls it back).
    /// </summary>
    static IHost BuildHost(IngestArguments arguments, bool liveProgress)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true,
            ApplicationName = "CrashSearch.Ingest" });
        // Configuration comes from the environment as the API reads it (Index__Backend, Elasticsearch__Url,
        // Ingest__BacklogCommitInterval, ...); the arguments name the directories and win over it.
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{CrashIndexOptions.Section}:Path"] = arguments.Index,
            [$"{DataDirectoryOptions.Section}:Path"] = arguments.Data,
        });
        // Progress goes to standard error, so that standard output carries only the summary line.
        builder.Logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "HH:mm:ss ";
        });
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(
            console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        // Stopping drains and commits the batch in flight; give it time.
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromMinutes(2));
        builder.Services.AddCrashIndex();
        // The standalone ingest keeps every week it is given: retention is the serving API's (Index:RetentionWeeks).
        builder.Services.PostConfigure<CrashIndexOptions>(index => index.RetentionWeeks = null);
        builder.Services.AddCrashIngest();
        // Crashes dated before the weeks searches read are quarantined (--retention-weeks).
        builder.Services.PostConfigure<IngestOptions>(ingest => ingest.RetentionWeeks = arguments.RetentionWeeks);
        builder.Services.AddIngestWorker(
            new IngestWorkerOptions
            {
                Source = arguments.Source,
                Once = arguments.Once,
                StopApplicationWhenDone = true,
            });
        if (liveProgress)
            builder.AddLiveProgress();
        return builder.Build();
    }

    static string Describe(Exception e) =>
        e is OptionsValidationException validation ? string.Join(" ", validation.Failures) : e.Message;

    /// <summary>Writing beside broken files could lose crashes: say which weeks, and how to repair them.</summary>
    static string Damaged(IReadOnlyList<DamagedPartition> damaged, string indexDirectory) =>
        "the index has damaged weeks, so nothing was written:\n"
        + string.Concat(damaged.Select(d => $"  {d.Name}: {d.Reason}\n"))
        + "Repair each (it drops the week's broken segments; see docs/ingest.md, \"Damaged weeks\"):\n"
        + string.Concat(damaged.Select(d =>
            $"  dotnet run --project src/Ingest -- repair --index {indexDirectory} --week {d.Name}\n"))
        + "then ingest those weeks again from their source.";

    static string FailureMessage(Exception? failure, string indexDirectory)
    {
        if (DiskFull.Find(failure) is { } full)
            return DiskFull.Advice(full, indexDirectory);
        var cause = failure is AggregateException { InnerExceptions: [var first, ..] } ? first : failure;
        return $"ingest failed: {cause?.Message ?? "the worker did not run"}";
    }

    static async Task<int> FailAsync(TextWriter error, string message, int exitCode, bool withUsage)
    {
        await error.WriteLineAsync($"error: {message}").ConfigureAwait(false);
        if (withUsage)
            await error.WriteLineAsync(IngestArguments.Usage).ConfigureAwait(false);
        return exitCode;
    }
}
