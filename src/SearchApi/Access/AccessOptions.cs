namespace CrashSearch.SearchApi.Access;

/// <summary>The <c>Access</c> configuration section: what callers without a key may do.</summary>
public sealed class AccessOptions
{
    public const string Section = "Access";

    /// <summary>Callers without a key read public fields, as Socorro's public API; false answers them 401.</summary>
    public bool AnonymousRead { get; set; } = true;

    /// <summary>Grants read-protected to every caller; for a single-user local install only.</summary>
    public bool AnonymousCanReadProtected { get; set; }
}
