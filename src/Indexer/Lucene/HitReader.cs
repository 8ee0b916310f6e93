using CrashSearch.Indexer.Documents;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Semantics;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// Picks the requested page of hits in sort order and reads their stored form into <see cref="CrashHit"/>s, with the
/// frames that matched the query's stack-frame predicates.
/// </summary>
internal sealed class HitReader(FieldCatalogue catalogue, StoredCrashCodec codec, ColumnCache columnCache,
    CrashAnalyzer analyzer)
{
    /// <summary>
    /// How many hits from the top the page needs: its end, or its size after a cursor (offsets are ignored then).
    /// </summary>
    public static int Wanted(CrashQuery query, FieldDoc? after) =>
        query.Size == 0 ? 0 : (int)Math.Min(after is null ? (long)query.Offset + query.Size : query.Size,
            int.MaxValue - 1);

    /// <summary>
    /// The page of <paramref name="matches"/> after <paramref name="after"/> (the query's cursor, <see
    /// cref="SortPlan.After"/>) as hits.
    /// </summary>
    public List<CrashHit> Read(IndexSearcher searcher, MatchedDocs matches, CrashQuery query, SortPlan plan,
        FieldDoc? after,
        List<FieldDefinition> columns, CancellationToken cancellationToken)
    {
        if (query.Size == 0)
            return [];
        var wanted = Wanted(query, after);
        var top = plan.AllNumeric
            ? ColumnTopHits.Collect(plan, columnCache, matches, wanted, after, cancellationToken)
            : LuceneTopHits(plan, matches, wanted, after, cancellationToken);
        return Build(searcher, top, query, plan, columns);
    }

    /// <summary>
    /// The page of <paramref name="top"/> (the best <see cref="Wanted"/> hits, best first) as hits. When no frames are
    /// wanted, hits whose columns doc values hold are built from them (<see cref="DocValueFields"/>): reading the
    /// stored source decompresses a block of documents per hit.
    /// </summary>
    public List<CrashHit> Build(IndexSearcher searcher, List<FieldDoc> top, CrashQuery query, SortPlan plan,
        List<FieldDefinition> columns)
    {
        var page = Page(searcher, query, columns, top.Count);
        for (var i = page.First; i < page.End; i++)
        {
            var hit = top[i];
            if (page.DocValues is not null && page.DocValues.TryRead(hit.Doc, hit.Fields?[^1] as BytesRef,
                out var uuid, out var values))
            {
                page.Hits.Add(new CrashHit(uuid, values, plan.Cursor(hit, uuid), []));
                continue;
            }
            var crash = Stored(searcher, hit.Doc);
            page.Hits.Add(FromSource(crash, query, columns, page.Frames, plan.Cursor(hit, crash.Uuid)));
        }
        return page.Hits;
    }

    /// <summary>
    /// The page of <paramref name="top"/> as hits, as <see cref="Build(IndexSearcher, List{FieldDoc}, CrashQuery,
    /// SortPlan, List{FieldDefinition})"/>.
    /// </summary>
    public List<CrashHit> Build(IndexSearcher searcher, List<DatedDoc> top, CrashQuery query, SortPlan plan,
        List<FieldDefinition> columns)
    {
        var page = Page(searcher, query, columns, top.Count);
        for (var i = page.First; i < page.End; i++)
        {
            var hit = top[i];
            if (page.DocValues is not null && page.DocValues.TryRead(hit.Doc, null, out var uuid, out var values))
            {
                page.Hits.Add(new CrashHit(uuid, values, plan, hit.Value));
                continue;
            }
            var crash = Stored(searcher, hit.Doc);
            page.Hits.Add(FromSource(crash, query, columns, page.Frames, plan.Cursor(hit.Value, crash.Uuid)));
        }
        return page.Hits;
    }

    /// <summary>Which of the top hits the page holds, and how its hits are read.</summary>
    PageReading Page(IndexSearcher searcher, CrashQuery query, List<FieldDefinition> columns, int count)
    {
        // After a cursor the offset is ignored; top holds no more than the page then.
        var first = query.After is null ? (int)Math.Min(query.Offset, count) : 0;
        var end = (int)Math.Min((long)first + query.Size, count);
        var frames = FrameMatcher.For(query, catalogue, analyzer);
        var docValues = frames is null && !query.IncludeFrames ? DocValueFields.For(columns, columnCache,
            searcher.IndexReader.Leaves) : null;
        return new PageReading(first, end, new List<CrashHit>(end - first), frames, docValues);
    }

    StoredCrash Stored(IndexSearcher searcher, int doc)
    {
        var stored = searcher.Doc(doc).GetBinaryValue(LuceneFields.SOURCE);
        return codec.Decode(stored.Bytes.AsSpan(stored.Offset, stored.Length).ToArray());
    }

    static CrashHit FromSource(StoredCrash crash, CrashQuery query, List<FieldDefinition> columns,
        FrameMatcher? frames, SearchCursor cursor) =>
        new(crash.Uuid, Fields(crash, columns), cursor, query.IncludeFrames ? crash.Frames : [])
        {
            MatchedFrames = frames?.Match(crash.Frames),
        };

    static List<FieldDoc> LuceneTopHits(SortPlan plan, MatchedDocs matches, int wanted, FieldDoc? after,
        CancellationToken cancellationToken)
    {
        var collector = TopFieldCollector.Create(plan.Sort, wanted, after, true, false, false, true);
        foreach (var segment in matches.Segments)
        {
            cancellationToken.ThrowIfCancellationRequested();
            collector.SetNextReader(segment.Leaf);
            for (var i = 0; i < segment.Count; i++)
                collector.Collect(segment.Docs[i]);
        }
        return collector.GetTopDocs().ScoreDocs.Cast<FieldDoc>().ToList();
    }

    static Dictionary<string, IReadOnlyList<object>> Fields(StoredCrash crash, List<FieldDefinition> columns)
    {
        var fields = new Dictionary<string, IReadOnlyList<object>>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            IReadOnlyList<object>? values = column.Name switch
            {
                "uuid" => [crash.Uuid],
                "date" => [crash.Date],
                _ when column.FrameProperty is { } property => FrameValues(crash.Frames, property),
                _ => crash.Values.GetValueOrDefault(column.Name),
            };
            if (values is { Count: > 0 })
                fields[column.Name] = values;
        }
        return fields;
    }

    static List<object> FrameValues(IReadOnlyList<CrashFrame> frames, string property)
    {
        var values = new List<object>();
        foreach (var frame in frames)
        {
            if (frame.Get(property) is { Length: > 0 } value)
                values.Add(value);
        }
        return values;
    }
}
