namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// The one-writer-per-directory guarantee: an exclusive OS lock on <c>writer.lock</c> in the index directory,
/// held while a writable <see cref="LuceneCrashIndex"/> is open. The operating system releases it when the
/// process dies, so a file left behind by a killed process never blocks the next start.
/// </summary>
internal sealed class WriterLock : IDisposable
{
    const string FILE_NAME = "writer.lock";

    readonly FileStream _stream;

    WriterLock(FileStream stream) => _stream = stream;

    public static WriterLock Acquire(string directory)
    {
        var path = Path.Combine(directory, FILE_NAME);
        try
        {
            return new WriterLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException e)
        {
            throw new InvalidOperationException(
                $"The crash index at '{directory}' is already open for writing by this or another process; " +
                "only one writer may use an index directory (open it read-only to search it).", e);
        }
    }

    public void Dispose() => _stream.Dispose();
}
