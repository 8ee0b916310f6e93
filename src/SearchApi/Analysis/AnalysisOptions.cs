using System.ComponentModel.DataAnnotations;

namespace CrashSearch.SearchApi.Analysis;

/// <summary>The <c>Analysis</c> configuration section (correlations and analysis jobs), validated on start.</summary>
internal sealed class AnalysisOptions
{
    public const string Section = "Analysis";

    /// <summary>How long a finished job's result can be downloaded; then its files are deleted.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "365.00:00:00")]
    public TimeSpan ResultRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Most jobs of one key queued or running at once.</summary>
    [Range(1, 100)]
    public int MaxActiveJobsPerKey { get; set; } = 2;

    /// <summary>Most results of one key kept at once (finished jobs whose result has not expired).</summary>
    [Range(1, 1_000)]
    public int MaxStoredResultsPerKey { get; set; } = 10;

    /// <summary>
    /// Share of one core a job may use: after each page it pauses long enough to stay within it, so that live
    /// searches keep the rest of the machine. 1 runs without pausing.
    /// </summary>
    [Range(0.05, 1.0)]
    public double MaxCpuShare { get; set; } = 0.75;

    /// <summary>
    /// Crashes a GROUP job counts per search when the engine counts its groups (<see cref="GroupCounting"/>): its
    /// progress, cancelling and CPU pauses come between searches.
    /// </summary>
    [Range(1_000, 10_000_000)]
    public int GroupChunkSize { get; set; } = 100_000;

    /// <summary>Crashes read per page of a job's scan.</summary>
    [Range(100, 100_000)]
    public int PageSize { get; set; } = 10_000;

    /// <summary>Most groups a GROUP job may hold; a job that would make more fails with a message saying so.</summary>
    [Range(1, 10_000_000)]
    public int MaxGroups { get; set; } = 100_000;

    /// <summary>
    /// How long to pause after <paramref name="busy"/> of work to stay within <see cref="MaxCpuShare"/> of a core.
    /// </summary>
    public TimeSpan PauseAfter(TimeSpan busy) => MaxCpuShare < 1 ? busy * ((1 / MaxCpuShare) - 1) : TimeSpan.Zero;

    /// <summary>How often the job worker looks for queued jobs and expired results.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Fewest crashes (group and reference together) with a value for it to be scored by correlations.
    /// </summary>
    [Range(1, 1_000_000)]
    public int CorrelationMinCount { get; set; } = 5;

    /// <summary>Values of each field taken from each set (the group's and the reference's most frequent) as
    /// candidates for correlations.</summary>
    [Range(1, 1_000)]
    public int CorrelationCandidates { get; set; } = 50;
}
