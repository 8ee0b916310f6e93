namespace CrashSearch.SearchApi.Tests.SuperSearch;

/// <summary>A clock stopped at one instant, so default time windows are reproducible.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
