using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CrashSearch.SearchApi.Analysis;

/// <summary>
/// Writes a GROUP job's groups, largest first. CSV columns: the grouped fields, <c>count</c>, then
/// <c>distinct_&lt;field&gt;</c>, <c>min_&lt;field&gt;</c>, <c>max_&lt;field&gt;</c> and
/// <c>p&lt;N&gt;_&lt;field&gt;</c>
/// when asked; JSON: <c>{"groupBy": [...], "groups": [{"key": {...}, "count": n, "distinct": d, "min": x,
/// "max": y, "percentiles": {"50": v}}]}</c>.
/// </summary>
internal static class GroupResultWriter
{
    public static async Task WriteAsync(
        string csvPath, string jsonPath, AnalysisJobSpec spec, IReadOnlyList<GroupRow> groups,
        CancellationToken cancellationToken)
    {
        await File.WriteAllTextAsync(csvPath, Csv(spec, groups), new UTF8Encoding(false), cancellationToken);
        await using var stream = File.Create(jsonPath);
        await using var json = new Utf8JsonWriter(stream);
        Json(json, spec, groups);
        await json.FlushAsync(cancellationToken);
    }

    static string Csv(AnalysisJobSpec spec, IReadOnlyList<GroupRow> groups)
    {
        var text = new StringBuilder();
        var header = new List<string>(spec.GroupBy) { "count" };
        if (spec.Distinct is { } distinct)
            header.Add("distinct_" + distinct);
        if (spec.Number is { } number)
        {
            header.Add("min_" + number);
            header.Add("max_" + number);
            header.AddRange(spec.Percentiles.Select(p => $"p{Name(p)}_{number}"));
        }
        text.Append(CsvText.Line(header)).Append('\n');
        foreach (var group in groups)
        {
            var cells = new List<string?>(group.Key) { Number(group.Count) };
            if (spec.Distinct is not null)
                cells.Add(Number(group.Distinct ?? 0));
            if (spec.Number is not null)
            {
                cells.Add(Number(group.Min));
                cells.Add(Number(group.Max));
                cells.AddRange(group.Percentiles.Select(Number));
            }
            text.Append(CsvText.Line(cells)).Append('\n');
        }
        return text.ToString();
    }

    static void Json(Utf8JsonWriter json, AnalysisJobSpec spec, IReadOnlyList<GroupRow> groups)
    {
        json.WriteStartObject();
        json.WriteStartArray("groupBy");
        foreach (var field in spec.GroupBy)
            json.WriteStringValue(field);
        json.WriteEndArray();
        json.WriteStartArray("groups");
        foreach (var group in groups)
        {
            json.WriteStartObject();
            json.WriteStartObject("key");
            for (var i = 0; i < spec.GroupBy.Count; i++)
                JsonValues.Write(json.WithName(spec.GroupBy[i]), group.Key[i]);
            json.WriteEndObject();
            json.WriteNumber("count", group.Count);
            if (spec.Distinct is not null)
                json.WriteNumber("distinct", group.Distinct ?? 0);
            if (spec.Number is not null)
            {
                JsonValues.Write(json.WithName("min"), group.Min);
                JsonValues.Write(json.WithName("max"), group.Max);
                json.WriteStartObject("percentiles");
                for (var p = 0; p < spec.Percentiles.Count; p++)
                    JsonValues.Write(json.WithName(Name(spec.Percentiles[p])), group.Percentiles[p]);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    static Utf8JsonWriter WithName(this Utf8JsonWriter json, string name)
    {
        json.WritePropertyName(name);
        return json;
    }

    static string Name(double percentile) => percentile.ToString("0.###", CultureInfo.InvariantCulture);

    static string? Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
