using CrashSearch.Ingest.Sources;

namespace CrashSearch.Ingest.Checkpoints;

/// <summary>
/// Follows the position of a resumable source through the batcher: a record's position becomes committable only
/// once it and every record before it are indexed (or durably quarantined), and is handed to the index with the
/// next commit. The map keeps the other sources' entries, so several sources can share one index.
/// </summary>
internal sealed class CheckpointTracker(string key, IReadOnlyDictionary<string, string> stored)
{
    readonly Dictionary<string, string> _map = new(stored, StringComparer.Ordinal);
    (string? Position, DateTimeOffset? Time) _read;
    (string? Position, DateTimeOffset? Time) _ready;
    (string? Position, DateTimeOffset? Time) _handedOut = (stored.GetValueOrDefault(key), null);

    public string Key => key;

    /// <summary>Where the previous run stopped, or null when this source never committed into this index.</summary>
    public string? ResumePosition { get; } = stored.GetValueOrDefault(key);

    /// <summary>The source time of the last committed record, for the lag.</summary>
    public DateTimeOffset? CommittedSourceTime { get; private set; }

    /// <summary>Whether a position is ready that no commit has been given yet.</summary>
    public bool HasUncommitted => _ready.Position is not null && !string.Equals(_ready.Position, _handedOut.Position, StringComparison.Ordinal);

    /// <summary>A record was added to the batch or quarantined; <paramref name="nothingPending"/> when no batch waits to be indexed.</summary>
    public void Handled(SourceRecord record, bool nothingPending)
    {
        if (record.Position is not null)
            _read = (record.Position, record.SourceTime ?? _read.Time);
        if (nothingPending)
            Indexed();
    }

    /// <summary>Everything handled so far is in the index writer (or in the quarantine).</summary>
    public void Indexed() => _ready = _read;

    /// <summary>The checkpoint map to commit, with this source's ready position; null when there is nothing new.</summary>
    public IReadOnlyDictionary<string, string>? ToCommit()
    {
        if (!HasUncommitted)
            return null;
        _handedOut = _ready;
        _map[key] = _ready.Position!;
        return new Dictionary<string, string>(_map, StringComparer.Ordinal);
    }

    /// <summary>
    /// The map last returned by <see cref="ToCommit"/> is durable. Records handled since (while the commit ran)
    /// wait for the next one.
    /// </summary>
    public void Committed()
    {
        if (_handedOut.Time is { } time)
            CommittedSourceTime = time;
    }
}
