namespace CrashSearch.Indexer;

/// <summary>What every engine takes from <c>Index</c>: read-only, refresh interval, retention and the clock.</summary>
public sealed record CrashIndexSettings
{
    /// <summary>Serve without writing.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>How stale a search may be.</summary>
    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>ISO weeks kept, the current one included; null keeps everything.</summary>
    public int? RetentionWeeks { get; init; } = 26;

    /// <summary>The clock that stamps indexing times and decides the current week.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
