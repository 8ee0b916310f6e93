using CrashSearch.Indexer.Fields;
using Lucene.Net.Util;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// Typed values (as <see cref="Semantics.FieldValues.Normalize"/> gives them) as the longs this index keeps in
/// numeric doc values and number terms, and back.
/// </summary>
internal static class SortableLongs
{
    /// <summary>The value as it is kept in numeric doc values and trie terms (dates in epoch ms).</summary>
    public static long ToSortableLong(FieldDefinition field, object normalized) => normalized switch
    {
        long number => number,
        double number => NumericUtils.DoubleToSortableInt64(number),
        bool flag => flag ? 1 : 0,
        DateTimeOffset date => date.ToUnixTimeMilliseconds(),
        _ => throw new ArgumentException($"Field '{field.Name}' has no numeric form.", nameof(normalized)),
    };

    /// <summary>
    /// The inverse of <see cref="ToSortableLong"/>, typed as <see cref="Documents.CrashDocument"/> values.
    /// </summary>
    public static object FromSortableLong(FieldDefinition field, long value) => field.Type switch
    {
        FieldType.Integer or FieldType.Long => value,
        FieldType.Double => NumericUtils.SortableInt64ToDouble(value),
        FieldType.Boolean => value != 0,
        FieldType.Date => DateTimeOffset.FromUnixTimeMilliseconds(value),
        _ => throw new ArgumentException($"Field '{field.Name}' has no numeric form.", nameof(field)),
    };
}
