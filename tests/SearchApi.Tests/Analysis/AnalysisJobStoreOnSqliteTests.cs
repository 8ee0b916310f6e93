using CrashSearch.SearchApi.Store;
using CrashSearch.SearchApi.Tests.Store;
using Microsoft.Data.Sqlite;

namespace CrashSearch.SearchApi.Tests.Analysis;

/// <summary>The analysis-job store suite on a SQLite file in a temporary directory.</summary>
public sealed class AnalysisJobStoreOnSqliteTests : AnalysisJobStoreContract, IDisposable
{
    readonly TempDirectory _directory = new("analysis-sqlite");

    private protected override Task<StoreDatabase> CreateDatabaseAsync() =>
        Task.FromResult(StoreDatabases.Sqlite(_directory));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }
}
