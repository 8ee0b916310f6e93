using CrashSearch.Benchmarks.Postgres;

namespace CrashSearch.Benchmarks.Visibility;

/// <summary>
/// The top-crashers search of a period (TopCrashersService.Current) in SQL: the product's crashes of the window,
/// the top signatures with their distinct installs, top platforms and startup counts, written as the lines
/// <see cref="Queries.LuceneAnswer"/> makes of the Crash Search answer (terms by count, then byte order).
/// </summary>
internal static class TopCrashersSql
{
    const string Lines = """
        WITH w AS MATERIALIZED (
            SELECT signature, platform, install_time, startup_crash FROM crashes
            WHERE date >= $1 AND date < $2 AND product = $3 AND signature IS NOT NULL),
        top AS (
            SELECT signature, count(*) AS n, count(DISTINCT install_time) AS installs,
                   row_number() OVER (ORDER BY count(*) DESC, signature) AS r
            FROM w GROUP BY signature ORDER BY n DESC, signature LIMIT $4),
        platforms AS (
            SELECT signature, platform, count(*) AS n,
                   row_number() OVER (PARTITION BY signature ORDER BY count(*) DESC, platform) AS k
            FROM w WHERE platform IS NOT NULL AND signature IN (SELECT signature FROM top) GROUP BY 1, 2),
        startup AS (
            SELECT signature, startup_crash, count(*) AS n,
                   row_number() OVER (PARTITION BY signature ORDER BY count(*) DESC, startup_crash) AS k
            FROM w WHERE startup_crash IS NOT NULL AND signature IN (SELECT signature FROM top) GROUP BY 1, 2)
        SELECT line FROM (
            SELECT r, 0 AS part, 0 AS k, 'signature:' || signature || '=' || n AS line FROM top
            UNION ALL
            SELECT r, 1, 0, 'signature:' || signature || '/installs=' || installs FROM top
            UNION ALL
            SELECT t.r, 2, p.k, 'signature:' || t.signature || '/platforms:' || p.platform || '=' || p.n
            FROM top t JOIN platforms p USING (signature) WHERE p.k <= $5
            UNION ALL
            SELECT t.r, 3, s.k, 'signature:' || t.signature || '/startup:'
                   || CASE WHEN s.startup_crash THEN 'True' ELSE 'False' END || '=' || s.n
            FROM top t JOIN startup s USING (signature)
        ) answer ORDER BY r, part, k
        """;

    public static IReadOnlyList<PostgresStatement> Of(
        DateTimeOffset from, DateTimeOffset to, string product, int first, int platforms) =>
    [
        new("SELECT count(*) FROM crashes WHERE date >= $1 AND date < $2 AND product = $3",
            [from, to, product], PostgresRows.Total),
        new(Lines, [from, to, product, (long)first, (long)platforms], PostgresRows.Lines),
    ];
}
