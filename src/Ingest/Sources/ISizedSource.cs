namespace CrashSearch.Ingest.Sources;

/// <summary>
/// A source that knows how much it holds before it is read (a file, a directory, synthetic data), so progress can
/// be shown as a share of it with the time left. Following sources have no end and do not implement it.
/// </summary>
internal interface ISizedSource : ICrashSource
{
    /// <summary>How much the source holds; null when it cannot tell (a compressed file, a watched directory).</summary>
    SourceSize? Size { get; }
}
