using System.ComponentModel.DataAnnotations;

namespace CrashSearch.Ingest;

/// <summary>
/// The <c>Ingest</c> configuration section: how the ingest pipeline batches, commits and reports; the defaults suit
/// a single machine. Hosts validate it on start; the pipeline checks it again for callers that build it by hand.
/// </summary>
internal sealed class IngestOptions
{
    public const string Section = "Ingest";

    /// <summary>Most crashes indexed in one call.</summary>
    [Range(1, int.MaxValue)]
    public int BatchSize { get; set; } = 1000;

    /// <summary>Longest a crash waits in a partial batch before the batch is indexed anyway.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan BatchTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Shortest time between commits while the ingest keeps up with its source (a commit is an fsync, and what a
    /// separate API process sees; the end of the source always commits).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan CommitInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Shortest time between commits while the ingest works through a backlog (every batch full). Each commit writes a
    /// small segment per week and core, and every search pays for every segment: committing every few seconds while
    /// catching up left a million crashes in 129 segments and made a frame search seven times slower. A worker killed
    /// during a backlog reads at most this much again (re-indexing a crash is idempotent).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan BacklogCommitInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Time between progress log lines.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Records larger than this are quarantined unread. Real processed crashes weigh tens to hundreds of kilobytes;
    /// one of several megabytes is a runaway annotation or memory report, not something to search.
    /// </summary>
    [Range(1L, long.MaxValue)]
    public long MaxRecordBytes { get; set; } = 8L * 1024 * 1024;

    /// <summary>
    /// Weeks a search reads (the API's <c>Index:RetentionWeeks</c>); a crash dated before the oldest of them is
    /// quarantined, since no search would ever find it. Null takes crashes of any date.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int? RetentionWeeks { get; set; }

    /// <summary>Threads parsing and converting crashes.</summary>
    [Range(1, 1024)]
    public int Parallelism { get; set; } = Math.Clamp(Environment.ProcessorCount, 1, 2);

    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchSize, 1, nameof(BatchSize));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(BatchTimeout, TimeSpan.Zero, nameof(BatchTimeout));
        ArgumentOutOfRangeException.ThrowIfLessThan(CommitInterval, TimeSpan.Zero, nameof(CommitInterval));
        ArgumentOutOfRangeException.ThrowIfLessThan(
            BacklogCommitInterval, TimeSpan.Zero, nameof(BacklogCommitInterval));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ProgressInterval, TimeSpan.Zero, nameof(ProgressInterval));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRecordBytes, 1, nameof(MaxRecordBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(Parallelism, 1, nameof(Parallelism));
        if (RetentionWeeks is { } weeks)
            ArgumentOutOfRangeException.ThrowIfLessThan(weeks, 1, nameof(RetentionWeeks));
    }
}
