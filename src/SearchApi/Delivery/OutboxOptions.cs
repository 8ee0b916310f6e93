using System.ComponentModel.DataAnnotations;

namespace CrashSearch.SearchApi.Delivery;

/// <summary>The <c>Outbox</c> configuration section: how often the sender looks, and how it tries again.</summary>
internal sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>How often the sender looks for due messages (enqueueing in this process wakes it at once).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The wait after a first failed attempt; it doubles with each failure up to
    /// <see cref="MaxRetryDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:00.010", "7.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long a sender owns a message it took. A sender that dies while sending lets it run out; then another
    /// one (or the restarted API) sends the message again. It must exceed a send's longest time (the SMTP timeout).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan RetryDelay(int attempts)
    {
        var doubled = FirstRetryDelay * Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        return doubled < MaxRetryDelay ? doubled : MaxRetryDelay;
    }
}
