using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;

namespace CrashSearch.Indexer.Semantics;

/// <summary>
/// The checked keys of a query's sort, before the uuid tie-break both engines add: newest first when the query
/// names none; unknown, unsortable, multi-valued and (without the right) protected fields are refused. Lucene's
/// <c>SortPlan</c> and <c>ElasticsearchSort</c> both start from these, so a sort one refuses the other refuses too.
/// </summary>
internal sealed class SortKeys
{
    static readonly SortField[] DefaultSort = [new("date", Descending: true)];

    SortKeys(FieldDefinition[] fields, bool[] descending)
    {
        Fields = fields;
        Descending = descending;
    }

    /// <summary>The catalogue fields of the keys, in order.</summary>
    public FieldDefinition[] Fields { get; }

    /// <summary>Whether each key sorts descending.</summary>
    public bool[] Descending { get; }

    public static SortKeys For(CrashQuery query, FieldCatalogue catalogue)
    {
        var keys = query.Sort.Count == 0 ? DefaultSort : query.Sort;
        var fields = new FieldDefinition[keys.Count];
        var descending = new bool[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            var field = catalogue.Find(keys[i].Field)
                ?? throw new InvalidQueryException("sort", $"Cannot sort on unknown field '{keys[i].Field}'.");
            if (!field.Sortable || field.MultiValued)
                throw new InvalidQueryException("sort", $"Field '{field.Name}' is not sortable.");
            if (field.Protected && !query.CanReadProtected)
            {
                throw new InvalidQueryException("sort",
                    $"Field '{field.Name}' is protected; the caller may not sort on it.");
            }
            fields[i] = field;
            descending[i] = keys[i].Descending;
        }
        return new SortKeys(fields, descending);
    }
}
