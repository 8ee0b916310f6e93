using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// One segment's documents in the order of a sort on one numeric column: the column's values in the sort's
/// direction (missing values last), ties by uuid ascending, as <see cref="SortPlan"/> orders hits. Deleted
/// documents are included; walks skip them. Uuid ordinals follow the byte order of the uuids within a segment, so
/// the tie-break is exact here and only hits of different segments compare uuid bytes.
/// </summary>
internal static class SortedDocs
{
    public static int[] Build(AtomicReader reader, ValueColumn column, bool descending)
    {
        var maxDoc = reader.MaxDoc;
        var keys = new long[maxDoc];
        var docs = new int[maxDoc];
        for (var doc = 0; doc < maxDoc; doc++)
        {
            keys[doc] = Key(column, doc, descending);
            docs[doc] = doc;
        }
        Array.Sort(keys, docs);
        var uuids = reader.GetSortedDocValues("uuid");
        var start = 0;
        while (start < maxDoc)
        {
            var end = start + 1;
            while (end < maxDoc && keys[end] == keys[start])
                end++;
            if (end - start > 1)
                SortByUuid(docs, start, end - start, uuids);
            start = end;
        }
        return docs;
    }

    /// <summary>
    /// The document's position key: ascending in sort order. A descending sort takes the bitwise complement, which
    /// reverses the order of longs without overflow; a missing value takes the last key.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Key(ValueColumn column, int doc, bool descending)
    {
        if (!column.Has(doc))
            return long.MaxValue;
        return descending ? ~column.Values[doc] : column.Values[doc];
    }

    /// <summary>The key of a value, as <see cref="Key(ValueColumn, int, bool)"/> gives it for a present value.</summary>
    public static long Key(long value, bool descending) => descending ? ~value : value;

    /// <summary>The first position of <paramref name="order"/> whose key is at least <paramref name="key"/>.</summary>
    public static int LowerBound(int[] order, ValueColumn column, bool descending, long key)
    {
        int low = 0, high = order.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (Key(column, order[middle], descending) < key)
                low = middle + 1;
            else
                high = middle;
        }
        return low;
    }

    /// <summary>The first position of <paramref name="order"/> whose key is greater than <paramref name="key"/>.</summary>
    public static int UpperBound(int[] order, ValueColumn column, bool descending, long key) =>
        key == long.MaxValue ? order.Length : LowerBound(order, column, descending, key + 1);

    static void SortByUuid(int[] docs, int start, int length, SortedDocValues? uuids)
    {
        // Uuid ordinal, then document id: a document without a uuid sorts last, as Lucene's string sort with missing
        // values last does, and equal uuids keep the order of their documents.
        var keys = new long[length];
        for (var i = 0; i < length; i++)
        {
            var doc = docs[start + i];
            var ord = uuids?.GetOrd(doc) ?? -1;
            keys[i] = ((long)(ord < 0 ? int.MaxValue : ord) << 32) | (uint)doc;
        }
        Array.Sort(keys);
        for (var i = 0; i < length; i++)
            docs[start + i] = (int)keys[i];
    }
}
