using CrashSearch.Ingest.Tests.Postgres;
using CrashSearch.SearchApi.Store;
using Npgsql;

namespace CrashSearch.SearchApi.Tests.Store;

/// <summary>The store suite on a real PostgreSQL server, a new database per test.</summary>
public sealed class ApiKeyStoreOnPostgresTests(PostgresFixture fixture)
    : ApiKeyStoreContract, IClassFixture<PostgresFixture>
{
    private protected override Task<StoreDatabase> CreateDatabaseAsync() => StoreDatabases.PostgresAsync(fixture);

    private protected override async Task<string> StoredTextAsync(StoreDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT coalesce(string_agg(k::text, E'\\n'), '') FROM api_keys k", connection);
        return (string)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
