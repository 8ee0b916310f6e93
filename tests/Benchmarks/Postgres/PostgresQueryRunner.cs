using System.Globalization;
using CrashSearch.Benchmarks.Queries;
using Npgsql;

namespace CrashSearch.Benchmarks.Postgres;

/// <summary>Runs a query's statements in one round trip on one open connection (prepared after first use) and reads the answer.</summary>
internal sealed class PostgresQueryRunner(NpgsqlConnection connection)
{
    public async Task<QueryAnswer> RunAsync(IReadOnlyList<PostgresStatement> statements, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection) { Timeout = 0 };
        foreach (var statement in statements)
        {
            var command = new NpgsqlBatchCommand(statement.Sql);
            foreach (var parameter in statement.Parameters)
                command.Parameters.Add(new NpgsqlParameter { Value = parameter });
            batch.BatchCommands.Add(command);
        }
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        long? total = null;
        var lines = new List<string>();
        foreach (var statement in statements)
        {
            total = await ReadAsync(reader, statement, lines, cancellationToken).ConfigureAwait(false) ?? total;
            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        }
        return new QueryAnswer(total, lines);
    }

    static async Task<long?> ReadAsync(NpgsqlDataReader reader, PostgresStatement statement, List<string> lines, CancellationToken cancellationToken)
    {
        string? parent = null;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            switch (statement.Rows)
            {
                case PostgresRows.Total:
                    return reader.GetInt64(0);
                case PostgresRows.Distinct:
                    lines.Add(Invariant($"{statement.Name}={reader.GetInt64(0)}"));
                    break;
                case PostgresRows.Terms or PostgresRows.Histogram:
                    lines.Add(Invariant($"{statement.Name}:{reader.GetString(0)}={reader.GetInt64(1)}"));
                    break;
                case PostgresRows.NestedTerms:
                    var term = reader.GetString(0);
                    if (!string.Equals(term, parent, StringComparison.Ordinal))
                        lines.Add(Invariant($"{statement.Name}:{term}={reader.GetInt64(1)}"));
                    parent = term;
                    if (!await reader.IsDBNullAsync(2, cancellationToken).ConfigureAwait(false))
                        lines.Add(Invariant($"{statement.Name}:{term}/{statement.ChildName}:{reader.GetString(2)}={reader.GetInt64(3)}"));
                    break;
                case PostgresRows.Hits:
                    lines.Add("hit:" + reader.GetString(0));
                    break;
                case PostgresRows.Lines:
                    lines.Add(reader.GetString(0));
                    break;
            }
        }
        return null;
    }

    static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
