using System.Globalization;
using System.Text.Json;
using CrashSearch.Benchmarks.Postgres;
using CrashSearch.Indexer.Queries;

namespace CrashSearch.Benchmarks.Queries;

/// <summary>
/// The issue's query mix. Each SQL form has the same semantics as the Crash Search query: "within the top 5
/// frames" is the first 5 elements of the frame array, terms are ordered by count then term (byte order on both
/// sides: the database has no locale), words are matched per field.
/// </summary>
internal static class QueryMix
{
    const string Signatures = "signatures";

    public static IReadOnlyList<MixQuery> Build(MixParameters p) =>
    [
        Selective(p), TopFrames(p), Dashboard(p), Nested(p), FullText(p), Regex(p),
        // The page query's cursors depend on the engine; PageQuery.WithCursors completes it.
        new MixQuery("page by cursor", $"page {p.Page} of {MixParameters.PageSize} hits, every crash of the {(p.To - p.AllFrom).TotalDays:F0} days, newest first, read by cursor",
            Window(p.AllFrom, p.To) with { Size = MixParameters.PageSize, Columns = ["uuid"] }, [], ""),
    ];

    static MixQuery Selective(MixParameters p)
    {
        var filter = new FieldPredicate("function", PredicateOperator.Exact, p.SelectiveFunction);
        return CountAndTopSignatures("selective frame", $"function `{p.SelectiveFunction}` anywhere in the crashing thread, all days, count + top 10 signatures",
            p.AllFrom, p.To, filter, "functions @> ARRAY[$3]::text[]", [p.SelectiveFunction],
            $"[{{field: FUNCTION, op: EXACT, values: [{Quote(p.SelectiveFunction)}]}}]");
    }

    static MixQuery TopFrames(MixParameters p)
    {
        var filter = new AllOf([
            new FieldPredicate("function", PredicateOperator.Exact, p.TopFrameFunction, MixParameters.TopFrames),
            new FieldPredicate("platform", PredicateOperator.Exact, p.Platform),
        ]);
        // The GIN containment test finds candidates; the slice keeps the semantics (frames 1..5 of the array).
        const string sql = "functions @> ARRAY[$3]::text[] AND $3 = ANY (functions[1:5]) AND platform = $4";
        return CountAndTopSignatures("top-5 frames + platform + 7 days", $"function `{p.TopFrameFunction}` in the top {MixParameters.TopFrames} frames, platform {p.Platform}, last 7 days, count + top 10 signatures",
            p.WeekFrom, p.To, filter, sql, [p.TopFrameFunction, p.Platform],
            $"[{{field: FUNCTION, op: EXACT, values: [{Quote(p.TopFrameFunction)}], withinTopFrames: {MixParameters.TopFrames}}}, {{field: PLATFORM, op: EXACT, values: [{Quote(p.Platform)}]}}]");
    }

    static MixQuery FullText(MixParameters p)
    {
        var filter = new AnyOf([
            new FieldPredicate("moz_crash_reason", PredicateOperator.Match, p.Words),
            new FieldPredicate("reason", PredicateOperator.Match, p.Words),
        ]);
        const string sql = "(moz_crash_reason_words @@ plainto_tsquery('simple', $3) OR reason_words @@ plainto_tsquery('simple', $3))";
        // GraphQL filters are ANDed, so the OR of two fields is the search box's job.
        return CountAndTopSignatures("full text", $"every word of \"{p.Words}\" in moz_crash_reason or in reason, all days, count + top 10 signatures",
            p.AllFrom, p.To, filter, sql, [p.Words], null,
            $"moz_crash_reason:{Quote(p.Words)} OR reason:{Quote(p.Words)}");
    }

    static MixQuery Regex(MixParameters p)
    {
        var filter = new FieldPredicate("function", PredicateOperator.Regex, p.Regex);
        const string sql = "EXISTS (SELECT 1 FROM unnest(functions) AS f WHERE f ~ $3)";
        return CountAndTopSignatures("regex on functions", $"a function matching /{p.Regex}/ anywhere in the crashing thread, all days, count + top 10 signatures",
            p.AllFrom, p.To, filter, sql, ["^(" + p.Regex + ")$"], $"[{{field: FUNCTION, op: REGEX, values: [{Quote(p.Regex)}]}}]");
    }

    static MixQuery CountAndTopSignatures(string name, string description, DateTimeOffset from, DateTimeOffset to, QueryNode filter,
        string sqlFilter, IReadOnlyList<object> sqlValues, string? graphQLFilters, string? searchBox = null)
    {
        var lucene = Window(from, to) with { Filter = filter, Aggregations = [new TermsAggregation(Signatures, "signature", 10, [])] };
        var matched = $"WITH m AS MATERIALIZED (SELECT signature FROM crashes WHERE date >= $1 AND date < $2 AND {sqlFilter}) ";
        IReadOnlyList<object> parameters = [from, to, .. sqlValues];
        PostgresStatement[] sql =
        [
            new(matched + "SELECT count(*) FROM m", parameters, PostgresRows.Total),
            new(matched + "SELECT signature, count(*) FROM m WHERE signature IS NOT NULL GROUP BY signature ORDER BY 2 DESC, 1 LIMIT 10",
                parameters, PostgresRows.Terms, Signatures),
        ];
        var arguments = graphQLFilters is not null ? $"filters: {graphQLFilters}" : $"search: {Quote(searchBox!)}";
        var graphQL = $"{{ crashes({arguments}, from: {Quote(from)}, to: {Quote(to)}, first: 0) {{ totalCount {Signatures}: facet(field: SIGNATURE, size: 10) {{ term count }} }} }}";
        return new MixQuery(name, description, lucene, sql, graphQL);
    }

    static MixQuery Dashboard(MixParameters p)
    {
        var lucene = Window(p.WeekFrom, p.To) with
        {
            Aggregations =
            [
                new TermsAggregation(Signatures, "signature", 50, []),
                new HistogramAggregation("days", "date", new HistogramInterval { Unit = CalendarUnit.Day }, []),
                new CardinalityAggregation("versions", "version"),
            ],
        };
        IReadOnlyList<object> window = [p.WeekFrom, p.To];
        const string where = "FROM crashes WHERE date >= $1 AND date < $2";
        PostgresStatement[] sql =
        [
            new($"SELECT count(*) {where}", window, PostgresRows.Total),
            new($"SELECT signature, count(*) {where} AND signature IS NOT NULL GROUP BY signature ORDER BY 2 DESC, 1 LIMIT 50", window, PostgresRows.Terms, Signatures),
            new($"SELECT to_char(date_trunc('day', date), 'YYYY-MM-DD'), count(*) {where} GROUP BY 1 ORDER BY 1", window, PostgresRows.Histogram, "days"),
            new($"SELECT count(DISTINCT version) {where}", window, PostgresRows.Distinct, "versions"),
        ];
        var graphQL = $"{{ crashes(from: {Quote(p.WeekFrom)}, to: {Quote(p.To)}, first: 0) {{ totalCount {Signatures}: facet(field: SIGNATURE, size: 50) {{ term count }} days: histogram(field: DATE, interval: \"day\") {{ key count }} versions: distinct(field: VERSION) }} }}";
        return new MixQuery("dashboard", "last 7 days: count, top 50 signatures, daily histogram, distinct versions", lucene, sql, graphQL);
    }

    static MixQuery Nested(MixParameters p)
    {
        var lucene = Window(p.WeekFrom, p.To) with
        {
            Aggregations = [new TermsAggregation(Signatures, "signature", 50, [new TermsAggregation("platforms", "platform", 5, [])])],
        };
        const string sql = """
            WITH w AS MATERIALIZED (SELECT signature, platform FROM crashes WHERE date >= $1 AND date < $2 AND signature IS NOT NULL),
            top AS (SELECT signature, count(*) AS n FROM w GROUP BY signature ORDER BY n DESC, signature LIMIT 50),
            pairs AS (SELECT signature, platform, count(*) AS n FROM w WHERE platform IS NOT NULL AND signature IN (SELECT signature FROM top) GROUP BY 1, 2),
            ranked AS (SELECT *, row_number() OVER (PARTITION BY signature ORDER BY n DESC, platform) AS r FROM pairs)
            SELECT t.signature, t.n, r.platform, r.n FROM top t LEFT JOIN ranked r ON r.signature = t.signature AND r.r <= 5
            ORDER BY t.n DESC, t.signature, r.n DESC, r.platform
            """;
        var graphQL = $"{{ crashes(from: {Quote(p.WeekFrom)}, to: {Quote(p.To)}, first: 0) {{ totalCount {Signatures}: facet(field: SIGNATURE, size: 50) {{ term count platforms: facet(field: PLATFORM, size: 5) {{ term count }} }} }} }}";
        PostgresStatement[] statements =
        [
            new("SELECT count(*) FROM crashes WHERE date >= $1 AND date < $2", [p.WeekFrom, p.To], PostgresRows.Total),
            new(sql, [p.WeekFrom, p.To], PostgresRows.NestedTerms, Signatures, "platforms"),
        ];
        return new MixQuery("nested facets", "last 7 days: top 50 signatures x top 5 platforms each", lucene, statements, graphQL);
    }

    static CrashQuery Window(DateTimeOffset from, DateTimeOffset to) => new() { From = from, To = to, Size = 0 };

    /// <summary>A GraphQL string literal (JSON string escapes are valid GraphQL escapes).</summary>
    public static string Quote(string value) => JsonSerializer.Serialize(value);

    public static string Quote(DateTimeOffset value) => Quote(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
}
