using System.Globalization;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Semantics;
using Lucene.Net.Search;
using Lucene.Net.Util;
using LuceneSortField = Lucene.Net.Search.SortField;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// The Lucene sort of a query (its checked <see cref="SortKeys"/>, then uuid ascending; missing values last in
/// both directions) and the conversion between sort values and <see cref="SearchCursor"/>s. Numbers, dates and
/// booleans sort on their long doc values; strings (text fields through their exact twin) on sorted doc values.
/// </summary>
internal sealed class SortPlan : IHitCursors
{
    readonly FieldDefinition[] _fields;
    readonly bool[] _descending;

    SortPlan(FieldDefinition[] fields, bool[] descending, Sort sort)
    {
        _fields = fields;
        _descending = descending;
        Sort = sort;
    }

    public Sort Sort { get; }

    /// <summary>The catalogue fields of the sort keys, before the uuid tie-break.</summary>
    public IReadOnlyList<FieldDefinition> Fields => _fields;

    /// <summary>Whether each key sorts descending.</summary>
    public IReadOnlyList<bool> Descending => _descending;

    /// <summary>
    /// Whether every key is a number, date or boolean, which <see cref="ColumnTopHits"/> can sort from columns.
    /// </summary>
    public bool AllNumeric => _fields.All(f => !f.IsString);

    /// <summary>The value a missing number takes for a key: it sorts last in the key's direction.</summary>
    public static long MissingLong(bool descending) => descending ? long.MinValue : long.MaxValue;

    public static SortPlan For(CrashQuery query, FieldCatalogue catalogue)
    {
        var keys = SortKeys.For(query, catalogue);
        var sortFields = new LuceneSortField[keys.Fields.Length + 1];
        for (var i = 0; i < keys.Fields.Length; i++)
            sortFields[i] = LuceneSort(keys.Fields[i], keys.Descending[i]);
        sortFields[^1] = new LuceneSortField("uuid", SortFieldType.STRING, false);
        sortFields[^1].SetMissingValue(LuceneSortField.STRING_LAST);
        return new SortPlan(keys.Fields, keys.Descending, new Sort(sortFields));
    }

    static LuceneSortField LuceneSort(FieldDefinition field, bool descending)
    {
        if (field.IsString)
        {
            var text = new LuceneSortField(LuceneFields.WholeValue(field), SortFieldType.STRING, descending);
            text.SetMissingValue(descending ? LuceneSortField.STRING_FIRST : LuceneSortField.STRING_LAST);
            return text;
        }
        var number = new LuceneSortField(field.Name, SortFieldType.INT64, descending);
        number.SetMissingValue(MissingLong(descending));
        return number;
    }

    /// <summary>The Lucene position to continue after, or null to start from the top.</summary>
    public FieldDoc? After(SearchCursor? cursor)
    {
        if (cursor is null)
            return null;
        if (cursor.SortValues.Count != _fields.Length)
            throw new InvalidQueryException("after", "The cursor was made for a different sort order.");
        var values = new object?[_fields.Length + 1];
        for (var i = 0; i < _fields.Length; i++)
            values[i] = ParseValue(i, cursor.SortValues[i]);
        values[_fields.Length] = new BytesRef(cursor.Uuid);
        // A document id past every real one: a hit equal on every key (the same uuid) is one already returned.
        return new FieldDoc(int.MaxValue, float.NaN, values);
    }

    /// <summary>The hit's cursor; its sort values are formatted when first read.</summary>
    public SearchCursor Cursor(FieldDoc hit, string uuid) => new(new CursorValues(this, hit.Fields), uuid);

    /// <summary>The cursor of a hit of a sort on one date or number alone (<see cref="DatedDoc"/>).</summary>
    public SearchCursor Cursor(long sortValue, string uuid) => new(new CursorValues(this, sortValue), uuid);

    object? ParseValue(int key, string? text)
    {
        if (_fields[key].IsString)
            return text is null ? null : new BytesRef(text);
        var value = MissingLong(_descending[key]);
        if (text is not null
            && !long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            throw new InvalidQueryException("after", $"The cursor's value for '{_fields[key].Name}' is not valid.");
        }
        // Lucene's long comparer keeps its values boxed as J2N numbers.
        return J2N.Numerics.Int64.GetInstance(value);
    }

    /// <summary>
    /// The cursor's text of sort key <paramref name="key"/> of a hit (null when the hit has no value).
    /// </summary>
    public string? FormatValue(int key, object? value)
    {
        if (_fields[key].IsString)
            return value is BytesRef bytes ? bytes.Utf8ToString() : null;
        return FormatValue(key, value is J2N.Numerics.Number boxed
            ? boxed.ToInt64()
            : Convert.ToInt64(value, CultureInfo.InvariantCulture));
    }

    /// <summary>The cursor's text of numeric sort key <paramref name="key"/> (null for the missing value).</summary>
    public string? FormatValue(int key, long value) =>
        value == MissingLong(_descending[key]) ? null : value.ToString(CultureInfo.InvariantCulture);
}
