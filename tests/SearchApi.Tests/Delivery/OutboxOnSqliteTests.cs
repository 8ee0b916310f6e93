using CrashSearch.SearchApi.Store;
using CrashSearch.SearchApi.Tests.Store;
using Microsoft.Data.Sqlite;

namespace CrashSearch.SearchApi.Tests.Delivery;

/// <summary>The outbox suite on a SQLite file in a temporary directory.</summary>
public sealed class OutboxOnSqliteTests : OutboxContract, IDisposable
{
    readonly TempDirectory _directory = new("outbox-sqlite");

    private protected override Task<StoreDatabase> CreateDatabaseAsync() =>
        Task.FromResult(StoreDatabases.Sqlite(_directory));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }
}
