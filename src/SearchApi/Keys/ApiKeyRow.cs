namespace CrashSearch.SearchApi.Keys;

/// <summary>A row of <c>api_keys</c> as Dapper reads it.</summary>
internal sealed class ApiKeyRow
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Scopes { get; set; } = "";
    public long CreatedAt { get; set; }
    public long? ExpiresAt { get; set; }
    public long? RevokedAt { get; set; }
    public long? LastUsedAt { get; set; }

    public ApiKey ToKey() =>
        new(Id, Name, Scopes.Split(','), Time(CreatedAt), Time(ExpiresAt), Time(RevokedAt), Time(LastUsedAt));

    static DateTimeOffset Time(long milliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);

    static DateTimeOffset? Time(long? milliseconds) => milliseconds is { } ms ? Time(ms) : null;
}
