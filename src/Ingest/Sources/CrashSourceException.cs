namespace CrashSearch.Ingest.Sources;

/// <summary>
/// A source failed in a way that retrying cannot fix (wrong password, missing table, a gateway that answers 4xx):
/// the run stops and the message, which names the source and the problem, is shown to the user.
/// </summary>
internal sealed class CrashSourceException(string message, Exception? innerException = null) : Exception(message, innerException);
