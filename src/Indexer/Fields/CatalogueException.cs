namespace CrashSearch.Indexer.Fields;

/// <summary>The field catalogue is malformed; the service cannot start with it.</summary>
public sealed class CatalogueException(string message) : Exception(message);
