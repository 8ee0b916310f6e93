using CrashSearch.Indexer.Semantics;
using Lucene.Net.Index;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// The week folders under the index directory. A writable instance creates weeks as documents arrive; a read-only
/// one rescans the directory (at most every refresh interval) to pick up weeks created by the writing process and
/// to drop weeks deleted by retention.
/// </summary>
internal sealed class WeekPartitions : IDisposable
{
    readonly string _root;
    readonly Func<IndexWriterConfig>? _writerConfig;
    readonly TimeSpan _interval;
    readonly object _gate = new();
    readonly SortedDictionary<IsoWeek, WeekIndex> _weeks = [];
    long _lastScanTicks;

    public WeekPartitions(string root, Func<IndexWriterConfig>? writerConfig, TimeSpan interval)
    {
        _root = root;
        _writerConfig = writerConfig;
        _interval = interval;
        Scan();
    }

    bool ReadOnly => _writerConfig is null;

    /// <summary>The week's index, creating its folder (writable mode).</summary>
    public WeekIndex GetOrCreate(IsoWeek week)
    {
        lock (_gate)
        {
            if (_weeks.TryGetValue(week, out var index))
                return index;
            var path = Path.Combine(_root, week.FolderName);
            Directory.CreateDirectory(path);
            index = new WeekIndex(week, path, _writerConfig);
            _weeks.Add(week, index);
            return index;
        }
    }

    /// <summary>Weeks overlapping [from, to), oldest first.</summary>
    public List<WeekIndex> Overlapping(DateTimeOffset from, DateTimeOffset to)
    {
        RescanIfDue();
        lock (_gate)
            return _weeks.Values.Where(w => w.Week.Overlaps(from, to)).ToList();
    }

    public List<WeekIndex> All()
    {
        RescanIfDue();
        lock (_gate)
            return [.. _weeks.Values];
    }

    /// <summary>Weeks this process has opened a writer for.</summary>
    public List<WeekIndex> Writing()
    {
        lock (_gate)
            return _weeks.Values.Where(w => w.OpenWriter is not null).ToList();
    }

    void RescanIfDue()
    {
        if (!ReadOnly || Environment.TickCount64 - Volatile.Read(ref _lastScanTicks) < _interval.TotalMilliseconds)
            return;
        Scan();
    }

    void Scan()
    {
        Volatile.Write(ref _lastScanTicks, Environment.TickCount64);
        var present = new HashSet<IsoWeek>();
        if (Directory.Exists(_root))
        {
            foreach (var path in Directory.EnumerateDirectories(_root))
            {
                if (IsoWeek.TryParse(Path.GetFileName(path), out var week))
                    present.Add(week);
            }
        }
        lock (_gate)
        {
            foreach (var week in present.Where(w => !_weeks.ContainsKey(w)))
                _weeks.Add(week, new WeekIndex(week, Path.Combine(_root, week.FolderName), _writerConfig));
            if (!ReadOnly)
                return;
            // Searches in flight keep their own reference to a removed week's reader.
            foreach (var gone in _weeks.Keys.Where(w => !present.Contains(w)).ToList())
            {
                _weeks[gone].Dispose();
                _weeks.Remove(gone);
            }
        }
    }

    /// <summary>
    /// Closes and deletes the folders of the weeks before <paramref name="oldest"/> (retention, writable mode).
    /// </summary>
    public void DeleteBefore(IsoWeek oldest)
    {
        lock (_gate)
        {
            foreach (var week in _weeks.Keys.Where(w => w.CompareTo(oldest) < 0).ToList())
            {
                // Searches in flight keep their own reference to the week's reader and its open files.
                _weeks[week].Dispose();
                _weeks.Remove(week);
                Directory.Delete(Path.Combine(_root, week.FolderName), recursive: true);
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var week in _weeks.Values)
                week.Dispose();
            _weeks.Clear();
        }
    }
}
