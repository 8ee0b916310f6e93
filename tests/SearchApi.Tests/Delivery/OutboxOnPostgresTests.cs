using CrashSearch.Ingest.Tests.Postgres;
using CrashSearch.SearchApi.Store;
using CrashSearch.SearchApi.Tests.Store;

namespace CrashSearch.SearchApi.Tests.Delivery;

/// <summary>The outbox suite on a real PostgreSQL server, a new database per test.</summary>
public sealed class OutboxOnPostgresTests(PostgresFixture fixture) : OutboxContract, IClassFixture<PostgresFixture>
{
    private protected override Task<StoreDatabase> CreateDatabaseAsync() => StoreDatabases.PostgresAsync(fixture);
}
