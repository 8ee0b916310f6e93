namespace CrashSearch.Tests;

/// <summary>A clock stopped at one instant, so that default time windows and retention are reproducible.</summary>
public sealed class StoppedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
