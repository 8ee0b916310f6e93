using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.Building;
using CrashSearch.Indexer.Queries.SuperSearch;

namespace CrashSearch.Indexer.Tests.SuperSearch;

/// <summary>Runs the parser on query-string-like text ("product=Firefox&amp;version=!1.0") at a fixed now.</summary>
internal static class SuperSearchParsing
{
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    public static ParsedSuperSearch Parse(
        string query, bool canReadProtected = false, FieldCatalogue? catalogue = null, SearchLimits? limits = null)
    {
        var builder = new CrashQueryBuilder(catalogue ?? FieldCatalogue.Default, limits ?? new SearchLimits());
        return new SuperSearchParser(builder).Parse(Pairs(query), canReadProtected, Now);
    }

    public static string Filter(string query, bool canReadProtected = false, FieldCatalogue? catalogue = null) =>
        QueryNodeText.Format(Parse(query, canReadProtected, catalogue).Query.Filter);

    public static InvalidQueryException Rejects(
        string query,
        string parameter,
        bool canReadProtected = false,
        FieldCatalogue? catalogue = null,
        SearchLimits? limits = null)
    {
        var error = Assert.Throws<InvalidQueryException>(() => Parse(query, canReadProtected, catalogue, limits));
        Assert.Equal(parameter, error.Parameter);
        Assert.Contains($"'{parameter}'", error.Message, StringComparison.Ordinal);
        return error;
    }

    /// <summary>Splits on '&amp;' and on the first '=' of each pair; no URL decoding, so values are written as the parser sees them.</summary>
    public static List<KeyValuePair<string, string>> Pairs(string query) =>
        query.Length == 0
            ? []
            : [.. query.Split('&').Select(p => p.IndexOf('=', StringComparison.Ordinal) is var i and >= 0
                ? new KeyValuePair<string, string>(p[..i], p[(i + 1)..])
                : new KeyValuePair<string, string>(p, ""))];

    /// <summary>An aggregation tree as text: <c>product(50)[version(50)]</c>, <c>histogram_date(Day)</c>, <c>cardinality_platform</c>.</summary>
    public static string Aggregations(IReadOnlyList<Aggregation> aggregations) =>
        string.Join(", ", aggregations.Select(Aggregation));

    static string Aggregation(Aggregation aggregation) => aggregation switch
    {
        TermsAggregation t => $"{t.Name}:{t.Field}({t.Size}){Children(t.Children)}",
        HistogramAggregation h => $"{h.Name}:{h.Field}({Interval(h.Interval)}){Children(h.Children)}",
        _ => $"{aggregation.Name}:{aggregation.Field}",
    };

    static string Children(IReadOnlyList<Aggregation> children) => children.Count == 0 ? "" : $"[{Aggregations(children)}]";

    static string Interval(HistogramInterval interval) =>
        interval.Unit?.ToString() ?? interval.Span?.ToString() ?? interval.Width?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?";
}
