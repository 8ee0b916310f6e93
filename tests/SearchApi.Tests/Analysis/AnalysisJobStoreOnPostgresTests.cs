using CrashSearch.Ingest.Tests.Postgres;
using CrashSearch.SearchApi.Store;
using CrashSearch.SearchApi.Tests.Store;

namespace CrashSearch.SearchApi.Tests.Analysis;

/// <summary>The analysis-job store suite on a real PostgreSQL server, a new database per test.</summary>
public sealed class AnalysisJobStoreOnPostgresTests(PostgresFixture fixture)
    : AnalysisJobStoreContract, IClassFixture<PostgresFixture>
{
    private protected override Task<StoreDatabase> CreateDatabaseAsync() => StoreDatabases.PostgresAsync(fixture);
}
