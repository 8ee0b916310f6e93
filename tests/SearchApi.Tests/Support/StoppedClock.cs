namespace CrashSearch.SearchApi.Tests.Support;

/// <summary>A clock stopped at one instant, so that default time windows are reproducible.</summary>
public sealed class StoppedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
