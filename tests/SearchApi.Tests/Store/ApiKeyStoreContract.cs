using CrashSearch.SearchApi.Keys;
using CrashSearch.SearchApi.Store;

namespace CrashSearch.SearchApi.Tests.Store;

/// <summary>
/// The store suite: what the application store must do, run on SQLite (<see cref="ApiKeyStoreOnSqliteTests"/>) and on
/// a real PostgreSQL server (<see cref="ApiKeyStoreOnPostgresTests"/>).
/// </summary>
public abstract class ApiKeyStoreContract
{
    static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A new, empty store, migrated.</summary>
    private protected abstract Task<StoreDatabase> CreateDatabaseAsync();

    /// <summary>Everything the store holds about keys, as text (the file's bytes, or the table's rows).</summary>
    private protected abstract Task<string> StoredTextAsync(StoreDatabase database);

    async Task<(StoreDatabase Database, ApiKeyStore Keys)> CreateAsync()
    {
        var database = await CreateDatabaseAsync();
        StoreMigrations.Apply(database);
        return (database, new ApiKeyStore(database, new StoppedClock(Now)));
    }

    [Fact]
    public async Task A_created_key_is_found_by_its_secret_and_listed_with_its_name_scopes_and_expiry()
    {
        var (_, keys) = await CreateAsync();
        var created = await keys.CreateAsync("dashboard", [ApiKeyScopes.Read, ApiKeyScopes.Write],
            TimeSpan.FromDays(30),
            TestContext.Current.CancellationToken);
        Assert.StartsWith(ApiKeySecret.Prefix, created.Secret, StringComparison.Ordinal);
        var found = await keys.FindAsync(created.Secret, TestContext.Current.CancellationToken);
        Assert.NotNull(found);
        Assert.Equal(created.Key, found with { Scopes = created.Key.Scopes });
        Assert.Equal(["read", "write"], found.Scopes);
        Assert.Equal(Now.AddDays(30), found.ExpiresAt);
        var listed = Assert.Single(await keys.ListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(("dashboard", "active"), (listed.Name, listed.StateAt(Now)));
        Assert.Null(await keys.FindAsync(created.Secret + "x", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_revoked_key_stays_revoked_and_revoking_it_again_says_so()
    {
        var (_, keys) = await CreateAsync();
        var created = await keys.CreateAsync("old", [ApiKeyScopes.Admin], null, TestContext.Current.CancellationToken);
        Assert.True(await keys.RevokeAsync(created.Key.Id, TestContext.Current.CancellationToken));
        Assert.False(await keys.RevokeAsync(created.Key.Id, TestContext.Current.CancellationToken));
        Assert.False(await keys.RevokeAsync("key_does_not_exist", TestContext.Current.CancellationToken));
        var found = await keys.FindAsync(created.Secret, TestContext.Current.CancellationToken);
        Assert.Equal("revoked", found!.StateAt(Now));
        Assert.False(found.IsUsableAt(Now));
    }

    [Fact]
    public async Task A_key_past_its_expiry_is_not_usable()
    {
        var (_, keys) = await CreateAsync();
        var created = await keys.CreateAsync("short", [ApiKeyScopes.Read], TimeSpan.FromHours(1),
            TestContext.Current.CancellationToken);
        var found = await keys.FindAsync(created.Secret, TestContext.Current.CancellationToken);
        Assert.True(found!.IsUsableAt(Now.AddMinutes(59)));
        Assert.Equal("expired", found.StateAt(Now.AddHours(1)));
    }

    [Fact]
    public async Task Last_use_is_written_at_most_once_a_minute_per_key()
    {
        var (database, keys) = await CreateAsync();
        var created = await keys.CreateAsync("busy", [ApiKeyScopes.Read], null, TestContext.Current.CancellationToken);
        var usage = new ApiKeyUsage(keys);
        await usage.RecordAsync(created.Key, Now, TestContext.Current.CancellationToken);
        await usage.RecordAsync(created.Key, Now.AddSeconds(59), TestContext.Current.CancellationToken);
        Assert.Equal(Now, (await keys.FindAsync(created.Secret, TestContext.Current.CancellationToken))!.LastUsedAt);
        await usage.RecordAsync(created.Key, Now.AddMinutes(1), TestContext.Current.CancellationToken);
        var later = await keys.FindAsync(created.Secret, TestContext.Current.CancellationToken);
        Assert.Equal(Now.AddMinutes(1), later!.LastUsedAt);
        Assert.Null(await database.ProblemAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_store_holds_no_created_key_in_clear_only_its_hash()
    {
        var (database, keys) = await CreateAsync();
        var secrets = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var created = await keys.CreateAsync($"key {i}", [ApiKeyScopes.ReadProtected], null,
                TestContext.Current.CancellationToken);
            secrets.Add(created.Secret);
        }
        var stored = await StoredTextAsync(database);
        Assert.Contains("key 1", stored, StringComparison.Ordinal);
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, stored, StringComparison.Ordinal);
            Assert.DoesNotContain(secret[ApiKeySecret.Prefix.Length..], stored, StringComparison.Ordinal);
            Assert.Contains(ApiKeySecret.Hash(secret), stored, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Migrating_an_up_to_date_store_again_changes_nothing()
    {
        var (database, keys) = await CreateAsync();
        await keys.CreateAsync("kept", [ApiKeyScopes.Read], null, TestContext.Current.CancellationToken);
        StoreMigrations.Apply(database);
        Assert.Equal("kept", Assert.Single(await keys.ListAsync(TestContext.Current.CancellationToken)).Name);
    }
}
