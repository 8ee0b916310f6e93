using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.SuperSearch;

namespace CrashSearch.SearchApi.SuperSearch;

/// <summary>
/// The answer to <c>_return_query</c>: the query the parameters became, without running it, in Socorro's shape
/// (<c>{"query": ..., "indices": [...]}</c>). Socorro shows its Elasticsearch body; this shows the engine-neutral
/// query, and as indices the ISO weeks its time window covers, which is how both engines partition crashes.
/// </summary>
internal static class SuperSearchQueryWriter
{
    static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(ParsedSuperSearch parsed)
    {
        var query = parsed.Query;
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteStartObject("query");
            json.WriteString("filter", parsed.FilterText);
            json.WriteString("from", Date(query.From));
            json.WriteString("to", Date(query.To));
            json.WriteStartArray("sort");
            foreach (var sort in query.Sort)
                json.WriteStringValue(sort.Descending ? "-" + sort.Field : sort.Field);
            json.WriteEndArray();
            json.WriteNumber("size", query.Size);
            json.WriteNumber("offset", query.Offset);
            json.WriteStartArray("columns");
            foreach (var column in query.Columns)
                json.WriteStringValue(column);
            json.WriteEndArray();
            json.WriteStartObject("aggregations");
            WriteAggregations(json, query.Aggregations);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("indices");
            foreach (var week in Weeks(query.From, query.To))
                json.WriteStringValue(week);
            json.WriteEndArray();
            json.WriteStartArray("errors");
            foreach (var error in parsed.Errors)
                json.WriteStringValue(error);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    static void WriteAggregations(Utf8JsonWriter json, IReadOnlyList<Aggregation> aggregations)
    {
        foreach (var aggregation in aggregations)
        {
            json.WriteStartObject(aggregation.Name);
            switch (aggregation)
            {
                case TermsAggregation terms:
                    json.WriteString("terms", terms.Field);
                    json.WriteNumber("size", terms.Size);
                    WriteChildren(json, terms.Children);
                    break;
                case HistogramAggregation histogram:
                    json.WriteString("histogram", histogram.Field);
                    json.WriteString("interval", Interval(histogram.Interval));
                    WriteChildren(json, histogram.Children);
                    break;
                default:
                    json.WriteString("cardinality", aggregation.Field);
                    break;
            }
            json.WriteEndObject();
        }
    }

    static void WriteChildren(Utf8JsonWriter json, IReadOnlyList<Aggregation> children)
    {
        if (children.Count == 0)
            return;
        json.WriteStartObject("aggregations");
        WriteAggregations(json, children);
        json.WriteEndObject();
    }

    static string Interval(HistogramInterval interval) =>
        interval.Unit is { } unit ? unit.ToString().ToLowerInvariant()
        : interval.Span is { } span ? span.ToString("c", CultureInfo.InvariantCulture)
        : (interval.Width ?? 1).ToString(CultureInfo.InvariantCulture);

    static string Date(DateTimeOffset date) =>
        date.ToUniversalTime().ToString(SuperSearchJsonValues.HitDate, CultureInfo.InvariantCulture);

    /// <summary>
    /// The ISO weeks from the one holding <paramref name="from"/> to the one holding the last instant before
    /// <paramref name="to"/>.
    /// </summary>
    static IEnumerable<string> Weeks(DateTimeOffset from, DateTimeOffset to)
    {
        var last = to.UtcDateTime.AddTicks(-1);
        var first = from.UtcDateTime.Date;
        // Mondays start ISO weeks: walk from the Monday of the first day's week.
        for (var monday = first.AddDays(-(((int)first.DayOfWeek + 6) % 7)); monday <= last; monday = monday.AddDays(7))
            yield return Week(monday);
    }

    static string Week(DateTime day) =>
        string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(day)}-W{ISOWeek.GetWeekOfYear(day):00}");
}
