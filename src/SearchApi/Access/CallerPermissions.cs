namespace CrashSearch.SearchApi.Access;

/// <summary>What the caller of a request may see. The API-keys feature will feed it; today configuration does.</summary>
public sealed record CallerPermissions(bool CanReadProtected)
{
    public static readonly CallerPermissions Anonymous = new(CanReadProtected: false);
}
