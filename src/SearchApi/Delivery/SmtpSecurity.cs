namespace CrashSearch.SearchApi.Delivery;

/// <summary>How the connection to the SMTP server is protected (<c>Smtp:Security</c>).</summary>
internal enum SmtpSecurity
{
    /// <summary>Plain text (a relay on the same host or network).</summary>
    None,

    /// <summary>STARTTLS is required (port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,

    /// <summary>TLS on port 465, else STARTTLS when the server offers it.</summary>
    Auto,
}
