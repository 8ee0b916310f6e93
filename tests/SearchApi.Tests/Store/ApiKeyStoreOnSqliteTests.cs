using System.Text;
using CrashSearch.SearchApi.Store;
using Microsoft.Data.Sqlite;

namespace CrashSearch.SearchApi.Tests.Store;

/// <summary>The store suite on a SQLite file in a temporary directory.</summary>
public sealed class ApiKeyStoreOnSqliteTests : ApiKeyStoreContract, IDisposable
{
    readonly TempDirectory _directory = new("store-sqlite");

    private protected override Task<StoreDatabase> CreateDatabaseAsync() =>
        Task.FromResult(StoreDatabases.Sqlite(_directory));

    private protected override async Task<string> StoredTextAsync(StoreDatabase database)
    {
        // Every file of the database (the journal and write-ahead log too), as Latin-1 so that any byte survives.
        SqliteConnection.ClearAllPools();
        var text = new StringBuilder();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(database.Description)!))
        {
            var bytes = await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken);
            text.Append(Encoding.Latin1.GetString(bytes));
        }
        return text.ToString();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }
}
