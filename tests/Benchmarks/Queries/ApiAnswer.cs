using System.Globalization;
using System.Text.Json;

namespace CrashSearch.Benchmarks.Queries;

/// <summary>Flattens a GraphQL <c>crashes</c> answer into <see cref="QueryAnswer"/> lines (aliases name the aggregations).</summary>
internal static class ApiAnswer
{
    public static QueryAnswer Of(JsonElement crashes)
    {
        long? total = null;
        var lines = new List<string>();
        var hits = new List<string>();
        foreach (var property in crashes.EnumerateObject())
        {
            if (property.NameEquals("totalCount"))
                total = property.Value.GetInt64();
            else if (property.NameEquals("edges"))
                hits.AddRange(property.Value.EnumerateArray().Select(e => "hit:" + e.GetProperty("node").GetProperty("uuid").GetString()));
            else if (property.NameEquals("pageInfo"))
                continue;
            else
                Add(property.Name, property.Value, "", lines);
        }
        lines.AddRange(hits);
        return new QueryAnswer(total, lines);
    }

    static void Add(string name, JsonElement value, string prefix, List<string> lines)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{prefix}{name}={value.GetInt64()}"));
            return;
        }
        foreach (var bucket in value.EnumerateArray())
        {
            string? label = null;
            foreach (var property in bucket.EnumerateObject())
            {
                if (property.NameEquals("term") || property.NameEquals("key"))
                    label = $"{prefix}{name}:{Key(property.Value)}";
                else if (property.NameEquals("count"))
                    lines.Add(string.Create(CultureInfo.InvariantCulture, $"{label}={property.Value.GetInt64()}"));
                else
                    Add(property.Name, property.Value, label + "/", lines);
            }
        }
    }

    static string? Key(JsonElement key) => key.ValueKind == JsonValueKind.String
        ? key.GetString() is { Length: 20 } text && text.EndsWith("T00:00:00Z", StringComparison.Ordinal) ? text[..10] : key.GetString()
        : key.GetRawText();
}
