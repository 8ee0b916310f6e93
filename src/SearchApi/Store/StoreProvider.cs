namespace CrashSearch.SearchApi.Store;

/// <summary>The database behind the application store.</summary>
internal enum StoreProvider
{
    Sqlite,
    Postgres,
}
