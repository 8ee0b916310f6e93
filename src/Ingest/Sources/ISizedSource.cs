namespace CrashSearch.Ingest.Sources;

/// <summary>
/// A source that knows how much it holds before it is read (a file, a directory, a table, synthetic data), so
/// progress can be shown as a share of it with the time left. Following sources have no end: they measure nothing.
/// </summary>
internal interface ISizedSource : ICrashSource
{
    /// <summary>
    /// How much the source holds from <paramref name="position"/> on (a resumable source's checkpoint; null: from
    /// its start); null when it cannot tell (a compressed file, a watched directory, a followed table).
    /// </summary>
    Task<SourceSize?> MeasureAsync(string? position, CancellationToken cancellationToken);
}
