namespace CrashSearch.Ingest;

/// <summary>What the <see cref="IngestWorker"/> reads, and what it does when the source is drained.</summary>
internal sealed class IngestWorkerOptions
{
    /// <summary>The source spec, as <c>--source</c> takes it (see <see cref="Sources.CrashSourceSpec"/>).</summary>
    public required string Source { get; init; }

    /// <summary>Stop when the source is drained; otherwise a directory source keeps watching for new files.</summary>
    public bool Once { get; init; } = true;

    /// <summary>Stop the host when the run ends (the command line); an API host keeps serving instead.</summary>
    public bool StopApplicationWhenDone { get; init; }
}
