using System.Diagnostics;
using System.Threading.Channels;
using CrashSearch.Benchmarks.Corpus;
using CrashSearch.Indexer.Documents;
using CrashSearch.Indexer.Fields;
using CrashSearch.Ingest.Sources;
using Npgsql;

namespace CrashSearch.Benchmarks.Postgres;

/// <summary>
/// Loads the corpus into PostgreSQL as an engineer would for this workload: the same conversion as the ingest
/// (catalogue-driven), typed columns for filter and facet fields, the crashing thread's functions and modules as
/// <c>text[]</c> in frame order (NULL where a frame has none, so positions stay frame positions), <c>tsvector</c>s
/// of the reason texts; binary COPY into an unindexed table, then the indexes, then ANALYZE.
/// </summary>
internal static class PostgresLoader
{
    const string Table = """
        CREATE TABLE crashes (
            uuid text NOT NULL, date timestamptz NOT NULL, signature text, product text, version text, release_channel text,
            platform text, platform_version text, cpu_arch text, cpu_count integer, build_id bigint, reason text, address text,
            moz_crash_reason text, abort_message text, process_type text, uptime bigint, install_time bigint, startup_crash boolean,
            functions text[], modules text[],
            moz_crash_reason_words tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(moz_crash_reason, ''))) STORED,
            reason_words tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(reason, ''))) STORED)
        """;

    static readonly string[] Indexes =
    [
        "ALTER TABLE crashes ADD PRIMARY KEY (uuid)",
        // Date windows, and keyset paging newest first with the uuid tie-break.
        "CREATE INDEX crashes_date ON crashes (date DESC, uuid)",
        "CREATE INDEX crashes_functions ON crashes USING gin (functions)",
        "CREATE INDEX crashes_moz_crash_reason_words ON crashes USING gin (moz_crash_reason_words)",
        "CREATE INDEX crashes_reason_words ON crashes USING gin (reason_words)",
        "VACUUM ANALYZE crashes",
    ];

    static readonly string[] TextColumns =
        ["signature", "product", "version", "release_channel", "platform", "platform_version", "cpu_arch"];

    static readonly string[] LaterTextColumns = ["reason", "address", "moz_crash_reason", "abort_message", "process_type"];

    public static async Task<PostgresLoadResult> LoadAsync(NpgsqlDataSource database, CrashCorpus corpus, CancellationToken cancellationToken)
    {
        await ExecuteAsync(database, "DROP TABLE IF EXISTS crashes", cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(database, Table, cancellationToken).ConfigureAwait(false);
        var watch = Stopwatch.StartNew();
        var documents = Channel.CreateBounded<CrashDocument>(new BoundedChannelOptions(2048) { SingleWriter = true, SingleReader = true });
        // Cancelled when the COPY fails, so that the parser does not wait forever on a full channel.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var parser = Task.Run(() => ParseAsync(corpus.Path, documents.Writer, stop.Token), CancellationToken.None);
        long rows;
        try
        {
            rows = await CopyAsync(database, documents.Reader, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await stop.CancelAsync().ConfigureAwait(false);
            throw;
        }
        await parser.ConfigureAwait(false);
        var copied = watch.Elapsed;
        foreach (var statement in Indexes)
        {
            BenchmarkConsole.Progress($"postgres: {statement}");
            await ExecuteAsync(database, statement, cancellationToken).ConfigureAwait(false);
        }
        var elapsed = watch.Elapsed;
        await using var command = database.CreateCommand("SELECT pg_table_size('crashes'), pg_indexes_size('crashes'), pg_total_relation_size('crashes')");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new PostgresLoadResult(rows, copied, elapsed, reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    static async Task ParseAsync(string path, ChannelWriter<CrashDocument> documents, CancellationToken cancellationToken)
    {
        var builder = new CrashDocumentBuilder(FieldCatalogue.Default);
        try
        {
            var stream = File.OpenRead(path);
            await using (stream.ConfigureAwait(false))
            {
                await foreach (var (_, data) in JsonLinesReader.ReadAsync(stream, cancellationToken).ConfigureAwait(false))
                    await documents.WriteAsync(builder.Build(data), cancellationToken).ConfigureAwait(false);
            }
            documents.Complete();
        }
        catch (Exception e)
        {
            documents.Complete(e);
            throw;
        }
    }

    static async Task<long> CopyAsync(NpgsqlDataSource database, ChannelReader<CrashDocument> documents, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var columns = string.Join(", ", ["uuid", "date", .. TextColumns, "cpu_count", "build_id", .. LaterTextColumns, "uptime", "install_time", "startup_crash", "functions", "modules"]);
        await using var importer = await connection.BeginBinaryImportAsync($"COPY crashes ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        long rows = 0;
        await foreach (var crash in documents.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            await CrashRow.WriteAsync(importer, crash, TextColumns, LaterTextColumns, cancellationToken).ConfigureAwait(false);
            if (++rows % 100_000 == 0)
                BenchmarkConsole.Progress($"postgres: copied {rows:N0} crashes");
        }
        await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return rows;
    }

    static async Task ExecuteAsync(NpgsqlDataSource database, string sql, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(sql);
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
