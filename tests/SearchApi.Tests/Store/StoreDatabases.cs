using CrashSearch.Ingest.Tests.Postgres;
using CrashSearch.SearchApi.Store;
using Npgsql;

namespace CrashSearch.SearchApi.Tests.Store;

/// <summary>New, empty application stores for the store suites: a SQLite file, or a new PostgreSQL database.</summary>
internal static class StoreDatabases
{
    public static StoreDatabase Sqlite(TempDirectory directory) =>
        StoreDatabase.From(
            new StoreOptions { SqlitePath = Path.Combine(directory.Path, "data", StoreOptions.SqliteFileName) });

    /// <summary>A new database on the fixture's server (skips, or fails in CI, when there is no server).</summary>
    public static async Task<StoreDatabase> PostgresAsync(PostgresFixture fixture)
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
}
