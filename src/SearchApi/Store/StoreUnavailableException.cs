namespace CrashSearch.SearchApi.Store;

/// <summary>The application store cannot be opened or migrated; the message says where and why.</summary>
internal sealed class StoreUnavailableException(string message, Exception? inner) : Exception(message, inner);
