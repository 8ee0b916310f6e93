namespace CrashSearch.SearchApi.Store;

/// <summary>The <c>Store</c> configuration section: where the application store (API keys, and later saved searches,
/// alerts and the mail outbox) lives.</summary>
internal sealed class StoreOptions
{
    public const string Section = "Store";

    /// <summary>The file name of the embedded store in the data directory.</summary>
    public const string SqliteFileName = "store.db";

    /// <summary>A PostgreSQL connection string; when empty, the store is a SQLite file in the data directory.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The SQLite file, filled in from the data directory when no connection string is given.</summary>
    public string? SqlitePath { get; set; }
}
