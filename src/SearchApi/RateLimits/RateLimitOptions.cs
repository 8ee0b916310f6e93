using System.ComponentModel.DataAnnotations;

namespace CrashSearch.SearchApi.RateLimits;

/// <summary>
/// The <c>RateLimits</c> configuration section: how many requests to <c>/graphql</c> and <c>/api/*</c> one caller may
/// make per window. A caller is an API key when the request carries a valid one, else the client address. The
/// defaults are Socorro's: 100 requests a minute anonymous, 1,000 with a key.
/// </summary>
internal sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Off leaves every request through (e.g. behind a proxy that limits already).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Requests per window for one client address without a key.</summary>
    [Range(1, 10_000_000)]
    public int AnonymousRequests { get; set; } = 100;

    /// <summary>Requests per window for one API key, whatever address it comes from.</summary>
    [Range(1, 10_000_000)]
    public int KeyRequests { get; set; } = 1_000;

    /// <summary>The fixed window the counts are kept over; it starts again empty when it ends.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
