using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// Keeps the ingest checkpoint in the commit user data of a small document-less index, <c>_meta</c>, beside the
/// week folders. <see cref="LuceneCrashIndex.CommitAsync"/> commits the weeks first and this index last, so a
/// stored checkpoint never runs ahead of the documents it covers: a crash in between leaves it behind them,
/// and re-ingesting from it is harmless because documents are keyed by uuid.
/// </summary>
internal sealed class CheckpointStore : IDisposable
{
    public const string FolderName = "_meta";

    readonly LuceneDirectory _directory;
    readonly IndexWriter? _writer;
    readonly object _gate = new();

    CheckpointStore(LuceneDirectory directory, IndexWriter? writer)
    {
        _directory = directory;
        _writer = writer;
    }

    public static CheckpointStore Open(string root, bool readOnly)
    {
        var path = Path.Combine(root, FolderName);
        if (!readOnly)
            System.IO.Directory.CreateDirectory(path);
        var directory = new NIOFSDirectory(path);
        if (readOnly)
            return new CheckpointStore(directory, null);
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, null) { OpenMode = OpenMode.CREATE_OR_APPEND };
        return new CheckpointStore(directory, new IndexWriter(directory, config));
    }

    public IReadOnlyDictionary<string, string> Read()
    {
        if (_writer is not null)
        {
            lock (_gate)
                return new Dictionary<string, string>(_writer.CommitData, StringComparer.Ordinal);
        }
        if (!DirectoryReader.IndexExists(_directory))
            return new Dictionary<string, string>(StringComparer.Ordinal);
        var infos = new SegmentInfos();
        infos.Read(_directory);
        return new Dictionary<string, string>(infos.UserData, StringComparer.Ordinal);
    }

    public void Write(IReadOnlyDictionary<string, string> checkpoint)
    {
        var writer = _writer ?? throw new InvalidOperationException("A read-only crash index cannot store a checkpoint.");
        lock (_gate)
        {
            writer.SetCommitData(checkpoint.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
            writer.Commit();
        }
    }

    public void Dispose()
    {
        _writer?.Dispose();
        _directory.Dispose();
    }
}
