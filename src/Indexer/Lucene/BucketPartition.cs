using System.Buffers;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// Splits a <see cref="DocSubset"/> into one subset per bucket, for sub-aggregations: the parent's kernel adds
/// (bucket, doc) pairs segment by segment, and a counting sort groups them, keeping documents ascending within a
/// bucket. A document may land in several buckets (multi-valued fields). Arrays are pooled until disposal.
/// </summary>
internal sealed class BucketPartition : IDisposable
{
    readonly int _bucketCount;
    readonly int[][] _docs;
    readonly int[][] _starts;
    int[] _pairBuckets = [];
    int[] _pairDocs = [];
    int _pairCount;
    int _segment = -1;

    public BucketPartition(int segmentCount, int bucketCount)
    {
        _bucketCount = bucketCount;
        _docs = new int[segmentCount][];
        _starts = new int[segmentCount][];
    }

    public void BeginSegment(int segment, int expectedPairs)
    {
        _segment = segment;
        _pairCount = 0;
        EnsureCapacity(Math.Max(expectedPairs, 16));
    }

    public void Add(int bucket, int doc)
    {
        if (_pairCount == _pairDocs.Length)
            EnsureCapacity(_pairCount * 2);
        _pairBuckets[_pairCount] = bucket;
        _pairDocs[_pairCount++] = doc;
    }

    public void EndSegment()
    {
        var starts = ArrayPool<int>.Shared.Rent(_bucketCount + 1);
        Array.Clear(starts, 0, _bucketCount + 1);
        for (var i = 0; i < _pairCount; i++)
            starts[_pairBuckets[i] + 1]++;
        for (var b = 0; b < _bucketCount; b++)
            starts[b + 1] += starts[b];
        var docs = ArrayPool<int>.Shared.Rent(Math.Max(1, _pairCount));
        var next = ArrayPool<int>.Shared.Rent(_bucketCount);
        Array.Copy(starts, next, _bucketCount);
        for (var i = 0; i < _pairCount; i++)
            docs[next[_pairBuckets[i]]++] = _pairDocs[i];
        ArrayPool<int>.Shared.Return(next);
        _docs[_segment] = docs;
        _starts[_segment] = starts;
    }

    public DocSubset Bucket(int bucket)
    {
        var slices = new DocSlice[_docs.Length];
        for (var s = 0; s < slices.Length; s++)
            slices[s] = new DocSlice(_docs[s], _starts[s][bucket], _starts[s][bucket + 1] - _starts[s][bucket]);
        return new DocSubset(slices);
    }

    void EnsureCapacity(int capacity)
    {
        if (_pairDocs.Length >= capacity)
            return;
        var buckets = ArrayPool<int>.Shared.Rent(capacity);
        var docs = ArrayPool<int>.Shared.Rent(capacity);
        Array.Copy(_pairBuckets, buckets, _pairCount);
        Array.Copy(_pairDocs, docs, _pairCount);
        ReturnPairs();
        _pairBuckets = buckets;
        _pairDocs = docs;
    }

    void ReturnPairs()
    {
        if (_pairDocs.Length == 0)
            return;
        ArrayPool<int>.Shared.Return(_pairBuckets);
        ArrayPool<int>.Shared.Return(_pairDocs);
        _pairBuckets = [];
        _pairDocs = [];
    }

    public void Dispose()
    {
        ReturnPairs();
        for (var s = 0; s < _docs.Length; s++)
        {
            if (_docs[s] is { } docs)
                ArrayPool<int>.Shared.Return(docs);
            if (_starts[s] is { } starts)
                ArrayPool<int>.Shared.Return(starts);
        }
    }
}
