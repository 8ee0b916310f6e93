using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Semantics;

namespace CrashSearch.Indexer.Elasticsearch;

/// <summary>
/// The sort of a query in Elasticsearch (its keys, newest first by default, then uuid ascending; missing values
/// last in both directions, as on Lucene) and cursors as <c>search_after</c> values. The keys are checked by the
/// same code as on Lucene (<see cref="SortKeys"/>). A cursor holds the cluster's own sort values as text, so it
/// continues exactly where the page ended.
/// </summary>
internal sealed class ElasticsearchSort
{
    readonly IReadOnlyList<FieldDefinition> _fields;
    readonly IReadOnlyList<bool> _descending;

    ElasticsearchSort(IReadOnlyList<FieldDefinition> fields, IReadOnlyList<bool> descending)
    {
        _fields = fields;
        _descending = descending;
    }

    public static ElasticsearchSort For(CrashQuery query, FieldCatalogue catalogue)
    {
        var keys = SortKeys.For(query, catalogue);
        return new ElasticsearchSort(keys.Fields, keys.Descending);
    }

    public JsonArray Request()
    {
        var sort = new JsonArray();
        for (var i = 0; i < _fields.Count; i++)
        {
            sort.Add(new JsonObject
            {
                [_fields[i].Name] = new JsonObject { ["order"] = _descending[i] ? "desc" : "asc",
                    ["missing"] = "_last" },
            });
        }
        sort.Add(new JsonObject { ["uuid"] = new JsonObject { ["order"] = "asc" } });
        return sort;
    }

    /// <summary>The <c>search_after</c> values of a cursor.</summary>
    public JsonArray After(SearchCursor cursor)
    {
        if (cursor.SortValues.Count != _fields.Count)
            throw new InvalidQueryException("after", "The cursor was made for a different sort order.");
        var values = new JsonArray();
        for (var i = 0; i < _fields.Count; i++)
        {
            var text = cursor.SortValues[i];
            if (text is null || _fields[i].IsString)
            {
                values.Add((JsonNode?)text);
                continue;
            }
            if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                throw new InvalidQueryException("after", $"The cursor's value for '{_fields[i].Name}' is not valid.");
            values.Add(JsonNode.Parse(text));
        }
        values.Add(cursor.Uuid);
        return values;
    }

    /// <summary>The cursor of a hit, from its <c>sort</c> array.</summary>
    public SearchCursor Cursor(JsonElement sort, string uuid)
    {
        var values = new string?[_fields.Count];
        var i = 0;
        foreach (var value in sort.EnumerateArray())
        {
            if (i == _fields.Count)
                break;
            values[i++] = value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => value.GetString(),
                _ => value.GetRawText(),
            };
        }
        return new SearchCursor(values, uuid);
    }
}
