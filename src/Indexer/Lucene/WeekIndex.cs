using System.Diagnostics.CodeAnalysis;
using CrashSearch.Indexer.Semantics;
using Lucene.Net.Index;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// The Lucene index of one ISO week: its folder, its writer (writable mode, opened on first write) and the
/// current reader that searches acquire. With a writer the reader is near-real-time; without one it follows the
/// folder's commits (a separate ingest process in read-only mode, or an untouched older week). A folder that cannot be
/// read (a missing, truncated or corrupt file) makes the week damaged: it has no reader, searches report it, writes are
/// refused, and it is not read again until its files change. Every segment opened from the folder has its checksums
/// verified once, so damage shows when the week is opened, not half-way through some search.
/// </summary>
internal sealed class WeekIndex : IDisposable
{
    readonly LuceneDirectory _directory;
    readonly Func<IndexWriterConfig>? _writerConfig;
    readonly object _readerGate = new();
    readonly object _refreshGate = new();
    readonly HashSet<object> _verifiedSegments = [];
    IndexWriter? _writer;
    DirectoryReader? _reader;
    WeekDamage? _damage;
    KnownUuids? _known;
    long _changes;
    long _changesSeenByReader;
    long _lastRefreshTicks;
    bool _refreshed;
    bool _disposed;

    /// <param name="week">The week held.</param>
    /// <param name="path">The week's folder.</param>
    /// <param name="writerConfig">Configures a writer; null in read-only mode.</param>
    public WeekIndex(IsoWeek week, string path, Func<IndexWriterConfig>? writerConfig)
    {
        Week = week;
        Path = path;
        _writerConfig = writerConfig;
        _directory = new NIOFSDirectory(path);
    }

    public IsoWeek Week { get; }

    public string Path { get; }

    /// <summary>The writer, if this process has written to the week.</summary>
    public IndexWriter? OpenWriter => Volatile.Read(ref _writer);

    /// <summary>
    /// The writer, opened on first use; a stale <c>write.lock</c> of a dead process does not block it.
    /// </summary>
    [SuppressMessage("Reliability", "CA2000", Justification = "SwapReader takes ownership of the new reader.")]
    public IndexWriter Writer
    {
        get
        {
            if (Volatile.Read(ref _writer) is { } writer)
                return writer;
            lock (_refreshGate)
            {
                if (_writer is not null)
                    return _writer;
                var config = _writerConfig?.Invoke()
                    ?? throw new InvalidOperationException("A read-only crash index cannot write.");
                // Opening a writer beside broken files would let it delete what no commit references: refuse instead.
                Refresh(force: true);
                RequireIntact();
                var exists = DirectoryReader.IndexExists(_directory);
                if (exists)
                {
                    var commit = new SegmentInfos();
                    commit.Read(_directory);
                    RequireFormat(commit.UserData);
                }
                _writer = new IndexWriter(_directory, config);
                // Kept by every later commit of the writer, the close included.
                _writer.SetCommitData(
                    new Dictionary<string, string> { [LuceneFields.FORMAT_KEY] = LuceneFields.FORMAT });
                // A new week commits before its first segment is written, so index files without a commit always
                // mean a deleted segments_N, never a week being created.
                if (!exists)
                    _writer.Commit();
                SwapReader(DirectoryReader.Open(_writer, applyAllDeletes: true));
                return _writer;
            }
        }
    }

    /// <summary>
    /// The uuids the week may hold, read from the index on first use; the indexing loop adds every uuid it writes.
    /// Call only from that loop (writable mode).
    /// </summary>
    public KnownUuids Known()
    {
        if (_known is not null)
            return _known;
        var reader = Acquire(TimeSpan.Zero, out _, force: true);
        try
        {
            RequireIntact();
            return _known = KnownUuids.Of(reader);
        }
        finally
        {
            reader?.DecRef();
        }
    }

    /// <summary>Records that documents were added or deleted, so that the next refresh reopens the reader.</summary>
    public void MarkChanged() => Interlocked.Increment(ref _changes);

    /// <summary>
    /// The current reader with a reference taken (release with <c>DecRef</c>), refreshed first
    /// when it may be stale and the last refresh is older than <paramref name="interval"/>; null while the week has no
    /// commit, or when it is damaged (then <paramref name="damage"/> says why).
    /// </summary>
    public DirectoryReader? Acquire(TimeSpan interval, out WeekDamage? damage, bool force = false)
    {
        var now = Environment.TickCount64;
        if (force || !Volatile.Read(ref _refreshed)
            || now - Volatile.Read(ref _lastRefreshTicks) >= interval.TotalMilliseconds)
        {
            Refresh(force);
        }
        lock (_readerGate)
        {
            damage = _damage;
            if (_reader is null)
                return null;
            _reader.IncRef();
            return _reader;
        }
    }

    /// <summary>
    /// Makes the next <see cref="Acquire"/> reopen the reader if anything changed, whatever the refresh interval.
    /// Reopening at once would flush what indexing added since into a small segment, even when nobody searches.
    /// </summary>
    public void Invalidate() => Volatile.Write(ref _refreshed, false);

    /// <summary>Commits pending changes; false when there were none.</summary>
    public bool Commit()
    {
        var writer = OpenWriter;
        if (writer is null || !writer.HasUncommittedChanges())
            return false;
        writer.Commit();
        return true;
    }

    [SuppressMessage("Reliability", "CA2000", Justification = "SwapReader takes ownership of the new reader.")]
    void Refresh(bool force)
    {
        lock (_refreshGate)
        {
            if (_disposed)
                return;
            Volatile.Write(ref _lastRefreshTicks, Environment.TickCount64);
            Volatile.Write(ref _refreshed, true);
            if (_writer is not null)
            {
                var changes = Interlocked.Read(ref _changes);
                if (!force && changes == _changesSeenByReader)
                    return;
                SwapReader(DirectoryReader.OpenIfChanged(_reader!, _writer, applyAllDeletes: true));
                _changesSeenByReader = changes;
                return;
            }
            // Damage is remembered until the files change: every search gets the same answer, and none pays for it
            // again.
            if (_damage is { } damage && damage.Unchanged(Path))
                return;
            try
            {
                RefreshFromFolder();
            }
            catch (Exception e)
                when (e is not (OperationCanceledException or ObjectDisposedException or OutOfMemoryException))
            {
                // Whatever Lucene throws on broken files (corrupt, truncated, missing), the week cannot be searched.
                MarkDamaged(WeekDamage.Of(e, Path));
            }
        }
    }

    /// <summary>
    /// Opens the week's commit, or follows the folder's new commits (read-only); verifies new segments.
    /// </summary>
    [SuppressMessage("Reliability", "CA2000", Justification = "SwapReader takes ownership of the new reader.")]
    void RefreshFromFolder()
    {
        if (_reader is null)
        {
            // A damaged week keeps its damage until a reader replaces it, so no search sees it silently empty.
            if (!DirectoryReader.IndexExists(_directory))
            {
                if (HoldsIndexFiles())
                    MarkDamaged(WeekDamage.NoCommit(Path));
                else
                    Publish(null, null);
                return;
            }
            SwapReader(Checked(DirectoryReader.Open(_directory)));
        }
        else if (_writerConfig is null)
        {
            // Read-only: follow the commits of the writing process.
            try
            {
                if (DirectoryReader.OpenIfChanged(_reader) is { } fresh)
                    SwapReader(Checked(fresh));
            }
            catch (IOException) when (!System.IO.Directory.Exists(Path))
            {
                // Retention deleted the week; its open files still serve until the next scan drops it.
            }
        }
    }

    /// <summary>The reader, once its layout and its new segments are checked; disposed if they are not right.</summary>
    DirectoryReader Checked(DirectoryReader reader)
    {
        try
        {
            RequireFormat(reader.IndexCommit.UserData);
            Verify(reader);
            return reader;
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Checks the checksums of every segment not verified before (a reopened reader shares the cores of unchanged
    /// segments, so each is read once per process). Lucene's own open reads only headers and footers.
    /// </summary>
    void Verify(DirectoryReader reader)
    {
        var current = new HashSet<object>();
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            if (!_verifiedSegments.Contains(segment.CoreCacheKey))
                segment.CheckIntegrity();
            current.Add(segment.CoreCacheKey);
        }
        _verifiedSegments.Clear();
        _verifiedSegments.UnionWith(current);
    }

    /// <summary>Whether the folder holds anything beside Lucene's lock: then it had a commit once.</summary>
    bool HoldsIndexFiles() =>
        System.IO.Directory.Exists(Path)
        && System.IO.Directory.EnumerateFiles(Path)
            .Any(f => System.IO.Path.GetFileName(f) != IndexWriter.WRITE_LOCK_NAME);

    void MarkDamaged(WeekDamage damage)
    {
        Publish(null, damage);
        _verifiedSegments.Clear();
    }

    /// <exception cref="DamagedIndexException">The week is damaged.</exception>
    void RequireIntact()
    {
        if (Volatile.Read(ref _damage) is { } damage)
            throw new DamagedIndexException([new DamagedPartition(Week.ToString(), damage.Reason)]);
    }

    /// <exception cref="InvalidOperationException">The week was written with another layout of fields.</exception>
    void RequireFormat(IDictionary<string, string> commitData)
    {
        var format = commitData.TryGetValue(LuceneFields.FORMAT_KEY, out var value) ? value : "1";
        if (format != LuceneFields.FORMAT)
        {
            throw new InvalidOperationException(
                $"The index week '{Path}' has layout version {format}, and this version of Crash Search reads only "
                + $"{LuceneFields.FORMAT}. "
                + "Ingest the crashes again into an empty directory (or delete this one).");
        }
    }

    void SwapReader(DirectoryReader? fresh)
    {
        if (fresh is not null)
            Publish(fresh, null);
    }

    /// <summary>What searches see next: a reader, or the damage that stands in its place.</summary>
    void Publish(DirectoryReader? reader, WeekDamage? damage)
    {
        DirectoryReader? old;
        lock (_readerGate)
        {
            old = _reader;
            _reader = reader;
            _damage = damage;
        }
        old?.DecRef();
    }

    /// <summary>
    /// Closes the writer, which commits what is pending; the checkpoint stays where the last CommitAsync left it. A
    /// close that cannot write (a full disk) rolls back to the last commit instead of throwing out of Dispose: what
    /// it held was never covered by a checkpoint, so the next run reads it again.
    /// </summary>
    void CloseWriter()
    {
        if (_writer is null)
            return;
        try
        {
            _writer.Dispose();
        }
        catch (IOException)
        {
            _writer.Rollback();
        }
    }

    public void Dispose()
    {
        lock (_refreshGate)
        {
            if (_disposed)
                return;
            _disposed = true;
            lock (_readerGate)
            {
                _reader?.DecRef();
                _reader = null;
            }
            CloseWriter();
            _directory.Dispose();
        }
    }
}
