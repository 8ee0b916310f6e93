namespace CrashSearch.Indexer.Tests.Lucene;

/// <summary>A clock stopped at one instant, so that retention is reproducible.</summary>
internal sealed class StoppedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
