namespace CrashSearch.SearchApi.Demo;

/// <summary>Where the demo mode's first-start ingest is.</summary>
internal enum DemoIngestState
{
    /// <summary>Not in demo mode.</summary>
    Off,

    /// <summary>Demo mode, before the index was checked.</summary>
    Starting,

    /// <summary>The index already held crashes, so nothing was ingested.</summary>
    Skipped,

    /// <summary>Synthetic crashes are being ingested; searches see them as they arrive.</summary>
    Ingesting,

    /// <summary>Every synthetic crash was ingested.</summary>
    Done,

    /// <summary>The ingest failed; the reason is in the log and in readiness.</summary>
    Failed,
}
