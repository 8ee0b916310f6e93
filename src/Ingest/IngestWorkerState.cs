namespace CrashSearch.Ingest;

/// <summary>Where an <see cref="IngestWorker"/> is in its run.</summary>
internal enum IngestWorkerState
{
    NotStarted,
    Running,
    Completed,
    Failed,
}
