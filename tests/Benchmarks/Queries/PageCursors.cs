using CrashSearch.Benchmarks.Postgres;
using CrashSearch.Indexer;
using Npgsql;

namespace CrashSearch.Benchmarks.Queries;

/// <summary>
/// Completes the page query: finds each engine's cursor for the last hit before the page (unmeasured), so that the
/// measured query reads the page after it, as a client paging through the results would.
/// </summary>
internal static class PageCursors
{
    public static async Task<MixQuery> ForLuceneAsync(MixQuery page, ICrashIndex index, MixParameters p, CancellationToken cancellationToken)
    {
        if (p.HitsBefore == 0)
            return page;
        var before = await index.SearchAsync(page.Lucene with { Offset = p.HitsBefore - 1, Size = 1 }, cancellationToken).ConfigureAwait(false);
        return page with { Lucene = page.Lucene with { After = before.Hits[0].Cursor } };
    }

    public static async Task<MixQuery> ForPostgresAsync(MixQuery page, NpgsqlDataSource database, MixParameters p, CancellationToken cancellationToken)
    {
        const string order = "ORDER BY date DESC, uuid";
        const string window = "FROM crashes WHERE date >= $1 AND date < $2";
        if (p.HitsBefore == 0)
            return page with { Sql = [new($"SELECT uuid {window} {order} LIMIT {MixParameters.PageSize}", [p.AllFrom, p.To], PostgresRows.Hits)] };
        await using var command = database.CreateCommand($"SELECT date, uuid {window} {order} OFFSET $3 LIMIT 1");
        command.Parameters.Add(new NpgsqlParameter { Value = p.AllFrom });
        command.Parameters.Add(new NpgsqlParameter { Value = p.To });
        command.Parameters.Add(new NpgsqlParameter { Value = (long)p.HitsBefore - 1 });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            throw new InvalidOperationException($"PostgreSQL has fewer than {p.HitsBefore} crashes in the window.");
        var date = await reader.GetFieldValueAsync<DateTimeOffset>(0, cancellationToken).ConfigureAwait(false);
        var uuid = reader.GetString(1);
        // "date <= cursor" bounds the index range scan; the OR keeps the uuid tie-break within the cursor's date.
        var sql = $"SELECT uuid {window} AND date <= $3 AND (date < $3 OR uuid > $4) {order} LIMIT {MixParameters.PageSize}";
        return page with { Sql = [new(sql, [p.AllFrom, p.To, date, uuid], PostgresRows.Hits)] };
    }
}
