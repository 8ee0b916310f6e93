using CrashSearch.Ingest.Tests.Postgres;
using CrashSearch.SearchApi.Store;
using Npgsql;

namespace CrashSearch.SearchApi.Tests.Store;

/// <summary>The store suite on a real PostgreSQL server, a new database per test.</summary>
public sealed class ApiKeyStoreOnPostgresTests(PostgresFixture fixture)
    : ApiKeyStoreContract, IClassFixture<PostgresFixture>
{
    private protected override async Task<StoreDatabase> CreateDatabaseAsync()
    {
        var server = fixture.Require();
        var name = "store_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }
        var created = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = name };
        return StoreDatabase.From(new StoreOptions { ConnectionString = created.ConnectionString });
    }

    private protected override async Task<string> StoredTextAsync(StoreDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT coalesce(string_agg(k::text, E'\\n'), '') FROM api_keys k", connection);
        return (string)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
