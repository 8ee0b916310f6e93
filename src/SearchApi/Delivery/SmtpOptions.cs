using System.ComponentModel.DataAnnotations;

namespace CrashSearch.SearchApi.Delivery;

/// <summary>
/// The <c>Smtp</c> configuration section: the server mail goes through. Without <c>Smtp:Host</c> the API runs, mail
/// stays queued in the outbox, and readiness and the log say that mail is not configured.
/// </summary>
internal sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 25;

    /// <summary>The sender address, e.g. <c>Crash Search &lt;crash-search@example.org&gt;</c>; needed with a host.
    /// </summary>
    public string? From { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;

    /// <summary>At most this many mails leave one API process per minute (campaigns included).</summary>
    [Range(1, 100_000)]
    public int MaxMessagesPerMinute { get; set; } = 60;

    /// <summary>How long one connection, command or transfer may take before the attempt counts as failed.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
