using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using CrashSearch.Indexer.Fields;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// Per-segment column arrays (engine-notes.md): doc values are decoded into plain arrays the first time a segment
/// is aggregated on, sorted by date or paged, and kept for as long as the segment's core lives, so near-real-time
/// reopens only decode new segments. Besides values and ordinals, a segment may hold its documents in date order
/// (<see cref="Order"/>) and its uuids (<see cref="Uuids"/>) for pages that seek. Deleted documents stay in the
/// arrays; matches and walks never include them.
/// </summary>
internal sealed class ColumnCache
{
    readonly ConditionalWeakTable<object, ConcurrentDictionary<(char Kind, string Field), Lazy<object>>> _segments = new();
    readonly ConcurrentDictionary<string, OrdinalKeys> _dictionaries = new(StringComparer.Ordinal);
    readonly ConditionalWeakTable<IBits, ConcurrentDictionary<string, Lazy<long[]>>> _deleted = new();
    readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<string, ValueColumn[]>> _composites = new();

    /// <summary>The global ordinals of <paramref name="field"/> (its keys are strings, or longs for numbers and booleans).</summary>
    public OrdinalKeys Keys(FieldDefinition field) =>
        _dictionaries.GetOrAdd(field.Name, static (_, f) => f.IsString
            ? new OrdinalDictionary<string>(StringComparer.Ordinal)
            : new OrdinalDictionary<long>(Comparer<long>.Default), field);

    public OrdinalColumn Ordinals(AtomicReader reader, FieldDefinition field) =>
        (OrdinalColumn)Column(reader, 'o', field.Name, field, static (cache, r, f) => cache.DecodeOrdinals(r, f));

    public ValueColumn Values(AtomicReader reader, FieldDefinition field) =>
        (ValueColumn)Column(reader, 'v', field.Name, field, static (_, r, f) => DecodeValues(r, f.Name));

    /// <summary>
    /// <see cref="Values(AtomicReader, FieldDefinition)"/> of every leaf of <paramref name="reader"/>, in leaf order: kept
    /// with the reader, which searches on the same week readers share (<see cref="SearchSnapshot"/>).
    /// </summary>
    public ValueColumn[] Values(IndexReader reader, FieldDefinition field)
    {
        var columns = _composites.GetValue(reader, static _ => new ConcurrentDictionary<string, ValueColumn[]>(StringComparer.Ordinal));
        if (columns.TryGetValue(field.Name, out var cached))
            return cached;
        var leaves = reader.Leaves;
        var values = new ValueColumn[leaves.Count];
        for (var i = 0; i < values.Length; i++)
            values[i] = Values(leaves[i].AtomicReader, field);
        return columns.GetOrAdd(field.Name, values);
    }

    /// <summary>The segment's documents in the order of a sort on <paramref name="field"/> alone (see <see cref="SortedDocs"/>).</summary>
    public int[] Order(AtomicReader reader, FieldDefinition field, bool descending) => descending
        ? (int[])Column(reader, 'd', field.Name, field, static (cache, r, f) => SortedDocs.Build(r, cache.Values(r, f), descending: true))
        : (int[])Column(reader, 'a', field.Name, field, static (cache, r, f) => SortedDocs.Build(r, cache.Values(r, f), descending: false));

    /// <summary>The segment's uuids in memory.</summary>
    public UuidColumn Uuids(AtomicReader reader) =>
        (UuidColumn)Column(reader, 'u', "uuid", 0, static (_, r, _) => UuidColumn.Build(r));

    /// <summary>
    /// The values of <paramref name="field"/> of the segment's deleted documents that have one, ascending (empty
    /// without deletions), to correct counts taken from <see cref="Order"/>. Kept per set of live documents, since
    /// deletions change them without changing the segment's core.
    /// </summary>
    public long[] DeletedValues(AtomicReader reader, FieldDefinition field)
    {
        if (reader.LiveDocs is not { } live)
            return [];
        var columns = _deleted.GetValue(live, static _ => new ConcurrentDictionary<string, Lazy<long[]>>(StringComparer.Ordinal));
        var values = Values(reader, field);
        return columns.GetOrAdd(field.Name, static (_, a) => new Lazy<long[]>(() => Deleted(a.live, a.values), LazyThreadSafetyMode.ExecutionAndPublication), (live, values)).Value;
    }

    static long[] Deleted(IBits live, ValueColumn column)
    {
        var deleted = new List<long>();
        for (var doc = 0; doc < live.Length; doc++)
        {
            if (!live.Get(doc) && column.Has(doc))
                deleted.Add(column.Values[doc]);
        }
        deleted.Sort();
        return [.. deleted];
    }

    /// <summary>
    /// The segment's column of a kind for a field, decoded on first use. Searches call this for every segment, so a
    /// cached column costs no allocation: the decoding closure is only made on a miss.
    /// </summary>
    object Column<TState>(AtomicReader reader, char kind, string field, TState state, Func<ColumnCache, AtomicReader, TState, object> decode)
    {
        var columns = _segments.GetValue(reader.CoreCacheKey, static _ => new ConcurrentDictionary<(char, string), Lazy<object>>());
        var key = (kind, field);
        if (columns.TryGetValue(key, out var cached))
            return cached.Value;
        return columns.GetOrAdd(key, static (_, a) => new Lazy<object>(() => a.decode(a.cache, a.reader, a.state), LazyThreadSafetyMode.ExecutionAndPublication),
            (cache: this, reader, state, decode)).Value;
    }

    OrdinalColumn DecodeOrdinals(AtomicReader reader, FieldDefinition field)
    {
        if (!field.IsString)
            return DecodeNumericOrdinals(reader, field);
        var dictionary = (OrdinalDictionary<string>)Keys(field);
        var name = LuceneFields.WholeValue(field);
        var maxDoc = reader.MaxDoc;
        if (field.MultiValued)
        {
            var set = reader.GetSortedSetDocValues(name);
            if (set is null)
                return new OrdinalColumn([], new int[maxDoc + 1]);
            var map = dictionary.GetOrAdd(Terms(set.ValueCount, set.LookupOrd));
            var starts = new int[maxDoc + 1];
            var ordinals = new List<int>();
            for (var doc = 0; doc < maxDoc; doc++)
            {
                starts[doc] = ordinals.Count;
                set.SetDocument(doc);
                long ord;
                while ((ord = set.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                    ordinals.Add(map[ord]);
            }
            starts[maxDoc] = ordinals.Count;
            return new OrdinalColumn([.. ordinals], starts);
        }
        var sorted = reader.GetSortedDocValues(name);
        var single = new int[maxDoc];
        if (sorted is null)
        {
            Array.Fill(single, -1);
            return new OrdinalColumn(single, null);
        }
        var segmentMap = dictionary.GetOrAdd(Terms(sorted.ValueCount, (ord, bytes) => sorted.LookupOrd((int)ord, bytes)));
        for (var doc = 0; doc < maxDoc; doc++)
        {
            var ord = sorted.GetOrd(doc);
            single[doc] = ord < 0 ? -1 : segmentMap[ord];
        }
        return new OrdinalColumn(single, null);
    }

    static List<string> Terms(long count, Action<long, BytesRef> lookup)
    {
        var terms = new List<string>((int)count);
        var bytes = new BytesRef();
        for (long ord = 0; ord < count; ord++)
        {
            lookup(ord, bytes);
            terms.Add(bytes.Utf8ToString());
        }
        return terms;
    }

    OrdinalColumn DecodeNumericOrdinals(AtomicReader reader, FieldDefinition field)
    {
        var values = Values(reader, field);
        var distinct = new Dictionary<long, int>();
        var keys = new List<long>();
        var local = new int[values.Values.Length];
        for (var doc = 0; doc < local.Length; doc++)
        {
            if (!values.Has(doc))
            {
                local[doc] = -1;
                continue;
            }
            if (!distinct.TryGetValue(values.Values[doc], out var ordinal))
            {
                ordinal = keys.Count;
                distinct.Add(values.Values[doc], ordinal);
                keys.Add(values.Values[doc]);
            }
            local[doc] = ordinal;
        }
        var map = ((OrdinalDictionary<long>)Keys(field)).GetOrAdd(keys);
        for (var doc = 0; doc < local.Length; doc++)
        {
            if (local[doc] >= 0)
                local[doc] = map[local[doc]];
        }
        return new OrdinalColumn(local, null);
    }

    static ValueColumn DecodeValues(AtomicReader reader, string name)
    {
        var maxDoc = reader.MaxDoc;
        var values = new long[maxDoc];
        var numeric = reader.GetNumericDocValues(name);
        var present = new ulong[(maxDoc + 63) >> 6];
        if (numeric is null)
            return new ValueColumn(values, present, long.MaxValue, long.MinValue);
        var withField = reader.GetDocsWithField(name);
        var all = true;
        var min = long.MaxValue;
        var max = long.MinValue;
        for (var doc = 0; doc < maxDoc; doc++)
        {
            if (withField is not null && withField.Get(doc))
            {
                var value = numeric.Get(doc);
                values[doc] = value;
                present[doc >> 6] |= 1UL << doc;
                min = Math.Min(min, value);
                max = Math.Max(max, value);
            }
            else
            {
                all = false;
            }
        }
        return new ValueColumn(values, all ? null : present, min, max);
    }
}
