using System.Runtime.CompilerServices;
using CrashSearch.Ingest.Metrics;
using CrashSearch.Ingest.Retries;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CrashSearch.Ingest.Sources.Postgres;

/// <summary>
/// Processed crashes from PostgreSQL tables (or views) with <c>uuid</c>, <c>date_processed</c> and the crash as
/// json, jsonb, text or bytea, read in keyset order of (date_processed, uuid) in batches, then, when following,
/// woken by NOTIFY or by polling. When caught up it looks again at the last <see cref="PostgresSourceOptions.Overlap"/>
/// of date_processed for rows committed late (a transaction that inserted an older date commits after a newer row
/// was read) and yields those it has not seen; after a restart that window is read once more, which is harmless
/// because indexing is idempotent by uuid. A row whose date_processed is older than the window when it commits is
/// not seen. Transient failures are retried; every batch is read whole before it is yielded, so a retry never
/// yields a row twice.
/// </summary>
internal sealed class PostgresCrashSource(
    PostgresSourceOptions options, TimeProvider time, ILogger logger, IngestMetrics? metrics = null)
    : IResumableCrashSource, ISizedSource
{
    readonly RetryPolicy _retry = new(options.Retry, time, logger, metrics);

    public PostgresSourceOptions Options => options;

    public string Description { get; } = Describe(options);

    public string CheckpointKey => "postgres:" + options.TablesText;

    public IAsyncEnumerable<SourceRecord> ReadAsync(CancellationToken cancellationToken) => ReadAsync(null, cancellationToken);

    /// <summary>
    /// The rows after <paramref name="position"/> in every table, counted once; nothing for a followed table, which
    /// has no end.
    /// </summary>
    public async Task<SourceSize?> MeasureAsync(string? position, CancellationToken cancellationToken)
    {
        if (options.Follow)
            return null;
        var after = Start(position);
        var dataSource = NpgsqlDataSource.Create(options.ConnectionString);
        await using (dataSource)
        {
            var tables = await RunAsync("finding the crash tables",
                c => PostgresCatalogue.ResolveAsync(dataSource, options, Description, c), cancellationToken);
            var command = dataSource.CreateCommand(
                PostgresQueries.Count(tables, afterKey: after?.Uuid is not null, fromDate: after is not null));
            await using (command)
            {
                var date = after?.DateProcessed ?? DateTime.UnixEpoch;
                command.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = date });
                command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = after?.Uuid ?? "" });
                var rows = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
                return new SourceSize(rows, SourceSizeUnit.Records);
            }
        }
    }

    PostgresKey? Start(string? position) => position is not null ? PostgresKey.Parse(position)
        : options.From is { } from ? new PostgresKey(from.UtcDateTime, null) : null;

    public async IAsyncEnumerable<SourceRecord> ReadAsync(string? position, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var cursor = Start(position);
        var dataSource = NpgsqlDataSource.Create(options.ConnectionString);
        await using (dataSource.ConfigureAwait(false))
        {
            var notifications = new PostgresNotifications(dataSource, options.Channel, Description, logger, time);
            await using (notifications.ConfigureAwait(false))
            {
                if (options.Follow)
                    await notifications.ListenAsync(cancellationToken).ConfigureAwait(false);
                var tables = await RunAsync("finding the crash tables", c => PostgresCatalogue.ResolveAsync(dataSource, options, Description, c), cancellationToken).ConfigureAwait(false);
                var recent = new RecentKeys();
                while (true)
                {
                    var after = cursor;
                    var batch = await RunAsync("reading a batch", c => ReadBatchAsync(dataSource, tables, after, c), cancellationToken).ConfigureAwait(false);
                    foreach (var row in batch)
                    {
                        cursor = row.Key;
                        recent.Add(row.Key);
                        yield return Record(row, cursor.Value);
                    }
                    if (cursor is { } newest)
                        recent.Prune(newest.DateProcessed - options.Overlap);
                    if (batch.Count == options.BatchSize)
                        continue;
                    if (cursor is { Uuid: not null } tip && options.Overlap > TimeSpan.Zero)
                    {
                        var late = await RunAsync("re-reading the overlap window", c => ReadLateRowsAsync(dataSource, tables, tip, recent, c), cancellationToken).ConfigureAwait(false);
                        if (late.Count > 0)
                            IngestLog.LateRows(logger, Description, late.Count);
                        foreach (var row in late)
                        {
                            recent.Add(row.Key);
                            yield return Record(row, tip);
                        }
                    }
                    if (!options.Follow)
                        yield break;
                    await notifications.WaitAsync(options.PollInterval, cancellationToken).ConfigureAwait(false);
                    if (options.Tables.Any(t => t.Contains('*', StringComparison.Ordinal)))
                        tables = await RunAsync("finding the crash tables", c => PostgresCatalogue.ResolveAsync(dataSource, options, Description, c), cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    /// <summary>A row as a record; its position is the source's cursor after it (a late row leaves the cursor where it was).</summary>
    SourceRecord Record(PostgresRow row, PostgresKey cursor) =>
        new($"{CheckpointKey} uuid={row.Key.Uuid} date_processed={row.Key.DateProcessed:O}", row.Body, cursor.ToString(), new DateTimeOffset(row.Key.DateProcessed, TimeSpan.Zero));

    async Task<T> RunAsync<T>(string operation, Func<CancellationToken, Task<T>> action, CancellationToken cancellationToken)
    {
        try
        {
            return await _retry.RunAsync(Description, operation, action, PostgresErrors.IsTransient, cancellationToken).ConfigureAwait(false);
        }
        catch (NpgsqlException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw PostgresErrors.Permanent(Description, e);
        }
    }

    async Task<List<PostgresRow>> ReadBatchAsync(NpgsqlDataSource dataSource, IReadOnlyList<PostgresTable> tables, PostgresKey? after, CancellationToken cancellationToken)
    {
        var sql = PostgresQueries.Batch(tables, options.Column, afterKey: after?.Uuid is not null, fromDate: after is not null);
        var command = dataSource.CreateCommand(sql);
        await using (command.ConfigureAwait(false))
        {
            command.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = after?.DateProcessed ?? DateTime.UnixEpoch });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = after?.Uuid ?? "" });
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = options.BatchSize });
            return await ReadRowsAsync(command, cancellationToken).ConfigureAwait(false);
        }
    }

    async Task<List<PostgresRow>> ReadLateRowsAsync(
        NpgsqlDataSource dataSource, IReadOnlyList<PostgresTable> tables, PostgresKey tip, RecentKeys recent, CancellationToken cancellationToken)
    {
        var windowStart = tip.DateProcessed - options.Overlap;
        var missing = new List<string>();
        var keys = dataSource.CreateCommand(PostgresQueries.WindowKeys(tables));
        await using (keys.ConfigureAwait(false))
        {
            keys.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = windowStart });
            keys.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = tip.DateProcessed });
            keys.Parameters.Add(new NpgsqlParameter<string> { TypedValue = tip.Uuid! });
            var reader = await keys.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var uuid = reader.GetString(0);
                    if (!recent.Contains(uuid))
                        missing.Add(uuid);
                }
            }
        }
        if (missing.Count == 0)
            return [];
        var rows = dataSource.CreateCommand(PostgresQueries.WindowRows(tables, options.Column));
        await using (rows.ConfigureAwait(false))
        {
            rows.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = windowStart });
            rows.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. missing] });
            return await ReadRowsAsync(rows, cancellationToken).ConfigureAwait(false);
        }
    }

    static async Task<List<PostgresRow>> ReadRowsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<PostgresRow>();
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var key = new PostgresKey(DateTime.SpecifyKind(reader.GetDateTime(1), DateTimeKind.Utc), reader.GetString(0));
                var body = await reader.IsDBNullAsync(2, cancellationToken).ConfigureAwait(false)
                    ? []
                    : await reader.GetFieldValueAsync<byte[]>(2, cancellationToken).ConfigureAwait(false);
                rows.Add(new PostgresRow(key, body));
            }
        }
        return rows;
    }

    static string Describe(PostgresSourceOptions options)
    {
        var connection = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        return $"postgres:{connection.Host}:{connection.Port}/{connection.Database} table={options.TablesText}";
    }
}
