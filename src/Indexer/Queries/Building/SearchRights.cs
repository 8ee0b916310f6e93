namespace CrashSearch.Indexer.Queries.Building;

/// <summary>
/// What the caller of a search may read. A plain value: the API resolves it from the request, a background job
/// from the owner of what it runs, so that <see cref="CrashQueryBuilder"/> needs no HTTP context.
/// </summary>
/// <param name="CanReadProtected">
/// Whether protected fields (url, user_comments, email, ...) may be searched and seen.
/// </param>
public sealed record SearchRights(bool CanReadProtected)
{
    /// <summary>Public fields only: anonymous callers.</summary>
    public static SearchRights PublicFields { get; } = new(false);

    /// <summary>Public and protected fields.</summary>
    public static SearchRights ProtectedFields { get; } = new(true);
}
