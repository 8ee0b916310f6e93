using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Lucene;
using CrashSearch.Indexer.Queries;
using FieldDoc = Lucene.Net.Search.FieldDoc;
using Lucene.Net.Util;

namespace CrashSearch.Indexer.Tests.Lucene;

/// <summary>The light forms a page's hits take: columns over shared names, cursors formatted when first read.</summary>
public sealed class HitFieldsTests
{
    [Fact]
    public void Columns_without_a_value_are_absent_and_the_rest_read_as_a_dictionary()
    {
        var fields = new HitFields(["uuid", "signature", "uptime"]);
        fields.Set(0, "a");
        fields.Set(2, 5L);
        Assert.Equal([5L], fields["uptime"]);
        fields.Set(2, 6L);

        Assert.Equal(2, fields.Count);
        Assert.Equal(["uuid", "uptime"], fields.Keys);
        Assert.Equal([["a"], [6L]], fields.Values);
        Assert.True(fields.ContainsKey("uptime"));
        Assert.False(fields.ContainsKey("signature"));
        Assert.False(fields.ContainsKey("product"));
        Assert.False(fields.TryGetValue("signature", out _));
        Assert.Equal([6L], fields["uptime"]);
        Assert.Throws<KeyNotFoundException>(() => fields["signature"]);
        Assert.Equal(new Dictionary<string, IReadOnlyList<object>> { ["uuid"] = ["a"], ["uptime"] = [6L] }, fields.ToDictionary());
        Assert.Same(fields["uptime"], fields["uptime"]);
    }

    [Fact]
    public void A_cursor_formats_its_sort_values_as_the_query_reads_them_back()
    {
        var query = new CrashQuery
        {
            From = DateTimeOffset.UnixEpoch,
            To = DateTimeOffset.UnixEpoch.AddDays(1),
            Sort = [new SortField("uptime", true), new SortField("signature", false)],
        };
        var plan = SortPlan.For(query, FieldCatalogue.Default);
        var hit = new FieldDoc(3, float.NaN, [J2N.Numerics.Int64.GetInstance(42), new BytesRef("OOM | small"), new BytesRef("u1")]);

        var cursor = plan.Cursor(hit, "u1");

        Assert.Equal(2, cursor.SortValues.Count);
        Assert.Equal(["42", "OOM | small"], cursor.SortValues);
        Assert.Equal("42", cursor.SortValues[0]);
        var after = plan.After(cursor)!;
        Assert.Equal(42L, ((J2N.Numerics.Number)after.Fields[0]).ToInt64());
        Assert.Equal("OOM | small", ((BytesRef)after.Fields[1]).Utf8ToString());
        Assert.Equal("u1", ((BytesRef)after.Fields[2]).Utf8ToString());
    }

    [Fact]
    public void A_hit_sorted_on_one_date_makes_its_cursor_when_first_read_and_keeps_it()
    {
        var plan = SortPlan.For(new CrashQuery { From = DateTimeOffset.UnixEpoch, To = DateTimeOffset.UnixEpoch.AddDays(1) }, FieldCatalogue.Default);
        var cursors = new CountingCursors(plan);
        var hit = new CrashHit("u1", new HitFields(["uuid"]), cursors, 1_700_000_000_000);

        Assert.Equal(0, cursors.Made);
        var cursor = hit.Cursor;

        Assert.Equal(["1700000000000"], cursor.SortValues);
        Assert.Equal("u1", cursor.Uuid);
        Assert.Same(cursor, hit.Cursor);
        Assert.Equal(1, cursors.Made);
        Assert.Equal(1_700_000_000_000L, ((J2N.Numerics.Number)plan.After(cursor)!.Fields[0]).ToInt64());
    }

    sealed class CountingCursors(SortPlan plan) : IHitCursors
    {
        public int Made { get; private set; }

        public SearchCursor Cursor(long sortValue, string uuid)
        {
            Made++;
            return plan.Cursor(sortValue, uuid);
        }
    }
}
