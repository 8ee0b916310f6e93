using CrashSearch.Ingest.Tests.Postgres;
using CrashSearch.SearchApi.Store;
using CrashSearch.SearchApi.Tests.Store;

namespace CrashSearch.SearchApi.Tests.SavedSearches;

/// <summary>The saved-search store suite on a real PostgreSQL server, a new database per test.</summary>
public sealed class SavedSearchStoreOnPostgresTests(PostgresFixture fixture)
    : SavedSearchStoreContract, IClassFixture<PostgresFixture>
{
    private protected override Task<StoreDatabase> CreateDatabaseAsync() => StoreDatabases.PostgresAsync(fixture);
}
