using Npgsql;

namespace CrashSearch.Ingest.Sources.Postgres;

/// <summary>
/// Finds the tables a source reads (exact names, or <c>*</c> patterns such as Socorro's weekly
/// <c>processed_crashes_*</c>) and checks their columns: <c>uuid</c>, <c>date_processed timestamptz</c> and the
/// processed crash as json, jsonb, text or bytea. Anything else is a permanent, clearly worded error.
/// </summary>
internal static class PostgresCatalogue
{
    const string Sql = """
        SELECT c.oid::regclass::text,
               coalesce(format_type(u.atttypid, u.atttypmod), ''),
               coalesce(format_type(d.atttypid, d.atttypmod), ''),
               coalesce(format_type(b.atttypid, b.atttypmod), '')
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace
        LEFT JOIN pg_attribute u ON u.attrelid = c.oid AND u.attname = 'uuid' AND NOT u.attisdropped
        LEFT JOIN pg_attribute d ON d.attrelid = c.oid AND d.attname = 'date_processed' AND NOT d.attisdropped
        LEFT JOIN pg_attribute b ON b.attrelid = c.oid AND b.attname = $2 AND NOT b.attisdropped
        WHERE c.relkind IN ('r', 'v', 'm', 'p', 'f')
          AND (NOT $3 OR NOT c.relispartition)
          AND CASE WHEN strpos($1, '.') > 0 THEN n.nspname || '.' || c.relname ELSE c.relname END LIKE $1 ESCAPE '\'
          AND (strpos($1, '.') > 0 OR pg_table_is_visible(c.oid))
        ORDER BY 1
        """;

    static readonly string[] TextTypes = ["json", "jsonb", "text", "character varying"];

    /// <exception cref="CrashSourceException">A table is missing or has the wrong columns.</exception>
    public static async Task<IReadOnlyList<PostgresTable>> ResolveAsync(NpgsqlDataSource dataSource, PostgresSourceOptions options, string source, CancellationToken cancellationToken)
    {
        var tables = new List<PostgresTable>();
        var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            foreach (var name in options.Tables)
            {
                var pattern = name.Contains('*', StringComparison.Ordinal);
                var found = await FindAsync(connection, name, options.Column, pattern, source, cancellationToken).ConfigureAwait(false);
                if (found.Count == 0)
                {
                    throw new CrashSourceException(pattern
                        ? $"{source}: no table or view matches '{name}'."
                        : $"{source}: the table or view '{name}' does not exist (create it with schema/postgres/processed_crashes.sql, or give ?table=NAME).");
                }
                tables.AddRange(found.Where(t => !tables.Any(known => string.Equals(known.Name, t.Name, StringComparison.Ordinal))));
            }
        }
        if (tables.Select(t => t.UuidType).Distinct(StringComparer.Ordinal).Count() > 1)
            throw new CrashSourceException($"{source}: the tables' uuid columns differ in type ({string.Join(", ", tables.Select(t => $"{t.Name}: {t.UuidType}"))}); they are read as one sequence, so they must agree.");
        return tables;
    }

    static async Task<List<PostgresTable>> FindAsync(NpgsqlConnection connection, string name, string column, bool pattern, string source, CancellationToken cancellationToken)
    {
        var like = name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal).Replace("*", "%", StringComparison.Ordinal);
        var command = new NpgsqlCommand(Sql, connection) { Parameters = { new() { Value = like }, new() { Value = column }, new() { Value = pattern } } };
        await using (command.ConfigureAwait(false))
        {
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                var found = new List<PostgresTable>();
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var table = reader.GetString(0);
                    var uuidType = NullIfEmpty(reader.GetString(1));
                    var dateType = NullIfEmpty(reader.GetString(2));
                    var bodyType = NullIfEmpty(reader.GetString(3));
                    if (uuidType is null)
                        throw new CrashSourceException($"{source}: '{table}' has no uuid column.");
                    if (dateType != "timestamp with time zone")
                        throw new CrashSourceException($"{source}: '{table}'.date_processed must be timestamp with time zone, not {dateType ?? "missing"}.");
                    if (bodyType is null)
                        throw new CrashSourceException($"{source}: '{table}' has no column '{column}' (give ?column=NAME for the processed crash column).");
                    var bytes = bodyType == "bytea";
                    if (!bytes && !TextTypes.Contains(bodyType, StringComparer.Ordinal))
                        throw new CrashSourceException($"{source}: '{table}'.{column} is {bodyType}; it must be json, jsonb, text or bytea.");
                    found.Add(new PostgresTable(table, uuidType, bytes));
                }
                return found;
            }
        }
    }

    static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
