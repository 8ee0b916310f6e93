namespace CrashSearch.Indexer.Documents;

/// <summary>A processed crash that cannot be indexed (no uuid, wrong types, ...); the reason says why.</summary>
public sealed class InvalidCrashException(string reason) : Exception(reason);
