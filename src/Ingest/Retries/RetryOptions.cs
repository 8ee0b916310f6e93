namespace CrashSearch.Ingest.Retries;

/// <summary>Exponential back-off with jitter for transient source failures, bounded in delay and in total time.</summary>
internal sealed class RetryOptions
{
    /// <summary>The delay before the first retry; each further retry doubles it, up to <see cref="MaxDelay"/>.</summary>
    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How long an operation may keep failing before the run stops with its last error.</summary>
    public TimeSpan GiveUpAfter { get; init; } = TimeSpan.FromMinutes(5);
}
