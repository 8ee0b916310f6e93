using System.Runtime.ExceptionServices;
using CrashSearch.Indexer.Documents;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Semantics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// The embedded crash index: one Lucene.Net index per ISO week of <c>date</c> under a directory (folders such as
/// <c>2026-W47</c>), searched together. With <see cref="LuceneIndexOptions.RetentionWeeks"/>, searches skip (and
/// report) older weeks, and the writing process deletes their folders at each commit. A writable instance holds the
/// directory's single writer and serves near-real-time searches; a read-only instance follows the commits of
/// a writer in another process. Thread-safe: searches may run alongside indexing and commits.
/// </summary>
public sealed class LuceneCrashIndex : ICrashIndex
{
    /// <summary>
    /// How many segments of about one size a week holds before they are merged (<see cref="TieredMergePolicy"/>).
    /// </summary>
    const int TierSegments = 30;

    readonly LuceneIndexOptions _options;
    readonly FieldCatalogue _catalogue;
    readonly CrashAnalyzer _analyzer;
    readonly CrashChecks _checks;
    readonly LuceneDocumentBuilder _builder;
    readonly QueryTranslator _translator;
    readonly HitReader _hits;
    readonly ColumnCache _columns = new();
    readonly WriterLock? _writerLock;
    readonly WeekPartitions _weeks;
    readonly CheckpointStore _checkpoints;
    readonly object _commitGate = new();
    readonly object _indexGate = new();
    bool _disposed;

    LuceneCrashIndex(string root, FieldCatalogue catalogue, LuceneIndexOptions options, WriterLock? writerLock)
    {
        _options = options;
        _catalogue = catalogue;
        _writerLock = writerLock;
        _analyzer = new CrashAnalyzer(catalogue);
        _checks = new CrashChecks(catalogue);
        _builder = new LuceneDocumentBuilder(catalogue, _analyzer);
        _translator = new QueryTranslator(new PredicateTranslator(catalogue, _analyzer, _columns));
        _hits = new HitReader(catalogue, new StoredCrashCodec(catalogue), _columns, _analyzer);
        _weeks = new WeekPartitions(root, options.ReadOnly ? null : NewWriterConfig, options.RefreshInterval);
        try
        {
            _checkpoints = CheckpointStore.Open(root, options.ReadOnly);
        }
        catch
        {
            _weeks.Dispose();
            _builder.Dispose();
            _analyzer.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens the index under <paramref name="directory"/>. Writable mode creates a missing directory and takes the
    /// directory's writer lock (a lock left by a killed process does not count; one held by a live writer fails
    /// at once with <see cref="InvalidOperationException"/>). Read-only mode treats a missing or empty directory as
    /// an empty index that starts serving weeks as another process creates and commits them.
    /// </summary>
    public static LuceneCrashIndex Open(string directory, FieldCatalogue catalogue, LuceneIndexOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(catalogue);
        options ??= new LuceneIndexOptions();
        if (options.RefreshInterval < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(options), "The refresh interval cannot be negative.");
        if (options.RetentionWeeks is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options),
                "Retention keeps at least one week (null keeps everything).");
        }
        foreach (var field in catalogue.Fields)
        {
            if (field.MultiValued && !field.IsString)
            {
                throw new NotSupportedException(
                    $"The Lucene index supports multi-valued fields only for strings; '{field.Name}' is {field.Type}.");
            }
        }
        var root = Path.GetFullPath(directory);
        if (options.ReadOnly)
            return new LuceneCrashIndex(root, catalogue, options, null);
        Directory.CreateDirectory(root);
        var writerLock = WriterLock.Acquire(root);
        try
        {
            return new LuceneCrashIndex(root, catalogue, options, writerLock);
        }
        catch
        {
            writerLock.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Number of documents in every readable week, including indexed but uncommitted ones in the writing process.
    /// </summary>
    public long CountAll() => Status().Crashes;

    /// <inheritdoc />
    public Task<CrashIndexStatus> GetStatusAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Status());
    }

    /// <summary>
    /// Opens every week (verifying segments not verified yet), counts its crashes and lists the damaged ones.
    /// </summary>
    CrashIndexStatus Status()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        long count = 0;
        var damaged = new List<DamagedPartition>();
        foreach (var week in _weeks.All())
        {
            var reader = week.Acquire(_options.RefreshInterval, out var damage, force: true);
            if (damage is not null)
                damaged.Add(new DamagedPartition(week.Week.ToString(), damage.Reason));
            if (reader is null)
                continue;
            count += reader.NumDocs;
            reader.DecRef();
        }
        return new CrashIndexStatus { Crashes = count, Damaged = damaged, RetentionWeeks = _options.RetentionWeeks };
    }

    /// <inheritdoc />
    public Task IndexAsync(IReadOnlyCollection<CrashDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        RequireWritable();
        cancellationToken.ThrowIfCancellationRequested();
        // Check everything first: one invalid crash fails the batch before anything is written.
        var latest = new Dictionary<string, CheckedCrash>(StringComparer.Ordinal);
        foreach (var crash in documents)
            latest[crash.Uuid] = _checks.Check(crash);
        lock (_indexGate)
        {
            // One indexing time per batch, from the clock the options give (tests stop it).
            var indexedAt = _options.Clock.GetUtcNow();
            var writes = Plan(latest.Values);
            // Building and inverting documents is most of the ingest's CPU: the writer takes documents from several
            // threads at once (one in-memory segment each), and uuids are distinct within the batch, so order is free.
            var parallel = new ParallelOptions
            {
                MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken,
            };
            Parallel.For(0, writes.Count, parallel, i =>
            {
                var (crash, week, known) = writes[i];
                // Built one at a time, so that a batch's documents die young instead of filling the older GC
                // generations.
                var document = _builder.Build(crash, indexedAt);
                if (known)
                    week.Writer.UpdateDocument(new Term("uuid", crash.Crash.Uuid), document);
                else
                    week.Writer.AddDocument(document);
                week.MarkChanged();
            });
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// Where each crash goes, whether its week may already hold it (then it is replaced, else simply added), and
    /// the deletion of its copies in other weeks (a crash whose date changed moves to another week).
    /// </summary>
    List<(CheckedCrash Crash, WeekIndex Week, bool Known)> Plan(IEnumerable<CheckedCrash> crashes)
    {
        var writes = new List<(CheckedCrash, WeekIndex, bool)>();
        var weeks = _weeks.All();
        var stale = new Dictionary<WeekIndex, List<Term>>();
        foreach (var crash in crashes)
        {
            var target = _weeks.GetOrCreate(IsoWeek.Of(crash.Crash.Date));
            if (!weeks.Contains(target))
                weeks.Add(target);
            var hash = KnownUuids.Hash(crash.Crash.Uuid);
            foreach (var other in weeks)
            {
                if (other == target || !other.Known().MayContain(hash))
                    continue;
                var terms = stale.TryGetValue(other, out var listed) ? listed : stale[other] = [];
                terms.Add(new Term("uuid", crash.Crash.Uuid));
            }
            var known = target.Known();
            writes.Add((crash, target, known.MayContain(hash)));
            known.Add(hash);
        }
        foreach (var (week, terms) in stale)
        {
            week.Writer.DeleteDocuments([.. terms]);
            week.MarkChanged();
        }
        return writes;
    }

    /// <inheritdoc />
    public Task CommitAsync(IReadOnlyDictionary<string, string>? checkpoint, CancellationToken cancellationToken)
    {
        RequireWritable();
        cancellationToken.ThrowIfCancellationRequested();
        lock (_commitGate)
        {
            var writing = _weeks.Writing();
            // Each week has its own writer, and writing a week's segments runs on one thread: weeks commit side by
            // side.
            try
            {
                var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
                Parallel.ForEach(writing, parallel, week => week.Commit());
            }
            catch (AggregateException e)
            {
                // The first week's failure, as a single-threaded commit would have thrown it (disk full, say).
                ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            }
            if (checkpoint is not null)
                _checkpoints.Write(checkpoint);
            foreach (var week in writing)
                week.Invalidate();
            if (RetentionWindow.For(_options.RetentionWeeks, _options.Clock) is { } retention)
            {
                // Indexing may run alongside a commit, and must not be writing to a week as its folder goes.
                lock (_indexGate)
                    _weeks.DeleteBefore(retention.Oldest);
            }
        }
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, string>> ReadCheckpointAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_checkpoints.Read());
    }

    /// <inheritdoc />
    public Task<CrashSearchResult> SearchAsync(CrashQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ObjectDisposedException.ThrowIf(_disposed, this);
        cancellationToken.ThrowIfCancellationRequested();
        var columns = ColumnChecks.Columns(query, _catalogue);
        var sort = SortPlan.For(query, _catalogue);
        // Everything that can be refused is refused before any reader is touched.
        var after = sort.After(query.After);
        AggregationChecks.Validate(query.Aggregations, _catalogue, query.CanReadProtected);
        var luceneQuery = WithIndexedRange(_translator.Translate(query), query.Indexed);
        var retention = RetentionWindow.For(_options.RetentionWeeks, _options.Clock);
        var errors = new List<string>(query.Indexed is null ? retention?.Errors(query) ?? [] : []);
        using var snapshot = Snapshot(retention?.Start(query.From) ?? query.From, query.To, errors);
        var searcher = new IndexSearcher(snapshot.Reader);
        // A page of an unfiltered window by date seeks instead of gathering every document of the window.
        var date = _catalogue["date"];
        if (SortedWindowPage.TryRead(searcher, query, luceneQuery, sort, after, _columns, date, cancellationToken)
            is { } window)
        {
            return Task.FromResult(new CrashSearchResult
            {
                Total = window.Total,
                Hits = _hits.Build(searcher, window.Top, query, sort, columns),
                Errors = errors,
            });
        }
        using var matches = MatchedDocs.Collect(searcher, luceneQuery, query.From, query.To, _columns, date,
            cancellationToken);
        var hits = _hits.Read(searcher, matches, query, sort, after, columns, cancellationToken);
        var aggregations = query.Aggregations.Count == 0
            ? []
            : new AggregationRunner(_catalogue, _columns, matches.Segments, cancellationToken)
                .Run(query.Aggregations, DocSubset.Of(matches));
        return Task.FromResult(new CrashSearchResult
        {
            Total = matches.Total,
            Hits = hits,
            Aggregations = aggregations,
            Errors = errors,
        });
    }

    /// <summary>The filter narrowed to crashes indexed in <paramref name="range"/>, when there is one.</summary>
    Query? WithIndexedRange(Query? filter, IndexedRange? range)
    {
        if (range is null)
            return filter;
        var indexed = new ConstantScoreQuery(new ColumnRangeFilter(LuceneFields.INDEXED_COLUMN, _columns,
            SaturatingIncrement(range.After.ToUnixTimeMilliseconds()), range.UpTo.ToUnixTimeMilliseconds()));
        if (filter is null)
            return indexed;
        return new BooleanQuery { { filter, Occur.MUST }, { indexed, Occur.MUST } };
    }

    static long SaturatingIncrement(long value) => value == long.MaxValue ? value : value + 1;

    /// <summary>
    /// The readers of the weeks of [from, to); a damaged week is left out and named in <paramref name="errors"/>.
    /// </summary>
    SearchSnapshot Snapshot(DateTimeOffset from, DateTimeOffset to, List<string> errors)
    {
        var readers = new List<DirectoryReader>();
        try
        {
            if (from < to)
            {
                foreach (var week in _weeks.Overlapping(from, to))
                {
                    if (week.Acquire(_options.RefreshInterval, out var damage) is { } reader)
                        readers.Add(reader);
                    else if (damage is not null)
                        errors.Add($"week {week.Week} could not be read and was not searched: "
                            + "its index files are damaged");
                }
            }
            return new SearchSnapshot(readers);
        }
        catch
        {
            foreach (var reader in readers)
                reader.DecRef();
            throw;
        }
    }

    IndexWriterConfig NewWriterConfig() => new(LuceneVersion.LUCENE_48, _analyzer)
    {
        OpenMode = OpenMode.CREATE_OR_APPEND,
        // Fewer, larger flushed segments mean less merging; compound files would copy every flushed segment once more.
        RAMBufferSizeMB = _options.WriteBufferMegabytes,
        UseCompoundFile = false,
        // One in-memory segment per core: every thread that adds a document would otherwise get its own, and a
        // commit would flush that many small segments, each repeating the week's vocabulary, to be merged again.
        MaxThreadStates = Environment.ProcessorCount,
        // Up to 30 segments of a size before they merge, not Lucene's 10: merging rewrites every crash again, and it
        // was a tenth of the ingest's CPU at a million crashes. Queries pay a little per segment and have room to
        // spare.
        MergePolicy = new TieredMergePolicy { SegmentsPerTier = TierSegments, MaxMergeAtOnce = TierSegments },
    };

    void RequireWritable()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_options.ReadOnly)
            throw new InvalidOperationException("This crash index was opened read-only.");
    }

    /// <summary>
    /// Closes the weeks (a writer commits what is pending on close), the checkpoint index and the writer lock.
    /// </summary>
    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        _weeks.Dispose();
        _checkpoints.Dispose();
        _builder.Dispose();
        _analyzer.Dispose();
        _writerLock?.Dispose();
    }
}
