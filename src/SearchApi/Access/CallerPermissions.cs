namespace CrashSearch.SearchApi.Access;

/// <summary>What the caller of a request may see, from its API key's scopes and the <c>Access</c> section.</summary>
public sealed record CallerPermissions(bool CanReadProtected)
{
    public static readonly CallerPermissions Anonymous = new(CanReadProtected: false);
}
