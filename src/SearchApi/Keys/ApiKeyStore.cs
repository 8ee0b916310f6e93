using CrashSearch.SearchApi.Store;
using Dapper;

namespace CrashSearch.SearchApi.Keys;

/// <summary>
/// API keys in the application store. Only a key's SHA-256 is written; the key is returned once, at creation.
/// </summary>
internal sealed class ApiKeyStore(StoreDatabase database, TimeProvider time)
{
    const string Columns = "id AS Id, name AS Name, scopes AS Scopes, created_at AS CreatedAt, "
        + "expires_at AS ExpiresAt, "
        + "revoked_at AS RevokedAt, last_used_at AS LastUsedAt";

    public async Task<CreatedApiKey> CreateAsync(
        string name, IReadOnlyList<string> scopes, TimeSpan? lifetime, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new ArgumentException("A key needs a name.");
        var now = time.GetUtcNow();
        var expiry = lifetime is { } l ? Truncate(now + l) : (DateTimeOffset?)null;
        var key = new ApiKey(ApiKeySecret.NewId(), name.Trim(), scopes, Truncate(now), expiry, null, null);
        var secret = ApiKeySecret.NewKey();
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO api_keys (id, name, key_hash, scopes, created_at, expires_at) "
                + "VALUES (@id, @name, @hash, @scopes, @created, @expires)",
            new
            {
                id = key.Id,
                name = key.Name,
                hash = ApiKeySecret.Hash(secret),
                scopes = string.Join(',', scopes),
                created = key.CreatedAt.ToUnixTimeMilliseconds(),
                expires = key.ExpiresAt?.ToUnixTimeMilliseconds(),
            },
            cancellationToken: cancellationToken));
        return new CreatedApiKey(key, secret);
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ApiKeyRow>(new CommandDefinition(
            $"SELECT {Columns} FROM api_keys ORDER BY created_at, id", cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToKey())];
    }

    /// <summary>The key a caller presented, whatever its state; null when no key has this secret.</summary>
    public async Task<ApiKey?> FindAsync(string secret, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ApiKeyRow>(new CommandDefinition(
            $"SELECT {Columns} FROM api_keys WHERE key_hash = @hash", new { hash = ApiKeySecret.Hash(secret) },
            cancellationToken: cancellationToken));
        return row?.ToKey();
    }

    /// <summary>The key with this id, whatever its state (an alert's owner); null when there is none.</summary>
    public async Task<ApiKey?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ApiKeyRow>(new CommandDefinition(
            $"SELECT {Columns} FROM api_keys WHERE id = @id", new { id }, cancellationToken: cancellationToken));
        return row?.ToKey();
    }

    /// <summary>Revokes a key for good; false when there is no such key or it was already revoked.</summary>
    public async Task<bool> RevokeAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE api_keys SET revoked_at = @now WHERE id = @id AND revoked_at IS NULL",
            new { id, now = time.GetUtcNow().ToUnixTimeMilliseconds() }, cancellationToken: cancellationToken));
        return changed == 1;
    }

    public async Task RecordUseAsync(string id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE api_keys SET last_used_at = @at WHERE id = @id", new { id, at = at.ToUnixTimeMilliseconds() },
            cancellationToken: cancellationToken));
    }

    // The store keeps milliseconds; the returned key says what was stored.
    static DateTimeOffset Truncate(DateTimeOffset at) =>
        DateTimeOffset.FromUnixTimeMilliseconds(at.ToUnixTimeMilliseconds());
}
