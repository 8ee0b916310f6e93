using CrashSearch.Ingest.Tests.Postgres;
using CrashSearch.SearchApi.Store;
using CrashSearch.SearchApi.Tests.Store;

namespace CrashSearch.SearchApi.Tests.Alerts;

/// <summary>The alert store suite on a real PostgreSQL server, a new database per test.</summary>
public sealed class AlertStoreOnPostgresTests(PostgresFixture fixture)
    : AlertStoreContract, IClassFixture<PostgresFixture>
{
    private protected override Task<StoreDatabase> CreateDatabaseAsync() => StoreDatabases.PostgresAsync(fixture);
}
