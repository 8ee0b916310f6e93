namespace CrashSearch.SearchApi.Access;

/// <summary>The <c>Access</c> configuration section.</summary>
public sealed class AccessOptions
{
    public const string Section = "Access";

    /// <summary>Grants read-protected to every caller; for a single-user local install only.</summary>
    public bool AnonymousCanReadProtected { get; set; }

    /// <summary>Tokens that, sent in the <c>Auth-Token</c> header, grant read-protected.</summary>
    public List<string> ProtectedReaderTokens { get; set; } = [];
}
