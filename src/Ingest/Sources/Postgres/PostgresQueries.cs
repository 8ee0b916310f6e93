namespace CrashSearch.Ingest.Sources.Postgres;

/// <summary>
/// The SQL of a PostgreSQL source. Batches are keyset pages on (date_processed, uuid), never OFFSET: each table
/// gives its next page through its (date_processed, uuid) index, and the union is sorted and cut again.
/// </summary>
internal static class PostgresQueries
{
    /// <summary>The next <c>$3</c> rows after ($1, $2), or from date $1 on when <paramref name="afterKey"/> is false, or all when <paramref name="fromDate"/> is false too.</summary>
    public static string Batch(IReadOnlyList<PostgresTable> tables, string column, bool afterKey, bool fromDate) =>
        Union(tables, t =>
            $"SELECT uuid, date_processed, {Body(t, column)} AS body FROM {t.Name} WHERE {Condition(t, afterKey, fromDate)} ORDER BY date_processed, uuid LIMIT $3",
            "uuid::text, date_processed, body", "ORDER BY date_processed, uuid LIMIT $3");

    /// <summary>How many rows a read would give (<see cref="Batch"/> without a limit), as one <c>bigint</c>.</summary>
    public static string Count(IReadOnlyList<PostgresTable> tables, bool afterKey, bool fromDate) =>
        "SELECT coalesce(sum(n), 0)::bigint FROM ("
        + string.Join(" UNION ALL ", tables.Select(t =>
            $"(SELECT count(*) AS n FROM {t.Name} WHERE {Condition(t, afterKey, fromDate)})"))
        + ") AS counts";

    /// <summary>The keys in the overlap window: date_processed after $1, up to ($2, $3).</summary>
    public static string WindowKeys(IReadOnlyList<PostgresTable> tables) =>
        Union(tables, t =>
            $"SELECT uuid, date_processed FROM {t.Name} WHERE date_processed > $1 AND (date_processed, uuid) <= ($2, $3::{t.UuidType})",
            "uuid::text, date_processed", "ORDER BY date_processed, uuid");

    /// <summary>The rows of the window (date_processed after $1) whose uuid is in $2.</summary>
    public static string WindowRows(IReadOnlyList<PostgresTable> tables, string column) =>
        Union(tables, t =>
            $"SELECT uuid, date_processed, {Body(t, column)} AS body FROM {t.Name} WHERE date_processed > $1 AND uuid::text = ANY($2)",
            "uuid::text, date_processed, body", "ORDER BY date_processed, uuid");

    static string Union(IReadOnlyList<PostgresTable> tables, Func<PostgresTable, string> part, string columns, string tail) =>
        $"SELECT {columns} FROM ({string.Join(" UNION ALL ", tables.Select(t => "(" + part(t) + ")"))}) AS crashes {tail}";

    static string Condition(PostgresTable table, bool afterKey, bool fromDate) =>
        afterKey ? $"(date_processed, uuid) > ($1, $2::{table.UuidType})" : fromDate ? "date_processed >= $1" : "TRUE";

    /// <summary>Everything is read as UTF-8 bytes, so that the pipeline sees the stored text exactly.</summary>
    static string Body(PostgresTable table, string column) =>
        table.BodyIsBytes ? Quote(column) : $"convert_to({Quote(column)}::text, 'UTF8')";

    static string Quote(string identifier) => "\"" + identifier + "\"";
}
