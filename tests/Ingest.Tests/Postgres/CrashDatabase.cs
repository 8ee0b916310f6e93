using System.Text.Json;
using CrashSearch.Ingest.Synthetic;
using CrashSearch.Ingest.Tests.Support;
using Npgsql;
using NpgsqlTypes;

namespace CrashSearch.Ingest.Tests.Postgres;

/// <summary>A fresh database on the test server with the DDL of schema/postgres applied, and ways to fill it.</summary>
sealed class CrashDatabase
{
    CrashDatabase(string connectionString) => ConnectionString = connectionString;

    public string ConnectionString { get; }

    /// <summary>
    /// The tests' own connections are not pooled: a pooled one would be dead after a server restart. Their commits
    /// wait for the WAL: the test server runs with synchronous_commit off, and an immediate stop shortly after a
    /// COPY would otherwise lose the whole COPY in crash recovery, so a restart test would find rows gone.
    /// </summary>
    string Unpooled => new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false, Options = "-c synchronous_commit=on" }.ConnectionString;

    /// <summary>The spec the ingest worker takes for this database.</summary>
    public string Spec(string options = "") => "postgres:" + ConnectionString + (options.Length > 0 ? "?" + options : "");

    public static async Task<CrashDatabase> CreateAsync(PostgresServer server)
    {
        var name = "crashes_" + Guid.NewGuid().ToString("N")[..12];
        await using (var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server.ConnectionString) { Pooling = false }.ConnectionString))
        {
            await admin.OpenAsync(Token);
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync(Token);
        }
        var database = new CrashDatabase(new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = name }.ConnectionString);
        await database.ExecuteAsync(await File.ReadAllTextAsync(
            RepositoryFiles.PathOf("schema", "postgres", "processed_crashes.sql"), Token));
        return database;
    }

    static CancellationToken Token => TestContext.Current.CancellationToken;

    public async Task ExecuteAsync(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(Unpooled);
        await connection.OpenAsync(Token);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        await command.ExecuteNonQueryAsync(Token);
    }

    /// <summary>Whether a session of this database listens for notifications (its last statement a LISTEN).</summary>
    public async Task<bool> IsListenedToAsync()
    {
        await using var connection = new NpgsqlConnection(Unpooled);
        await connection.OpenAsync(Token);
        const string Sql =
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN %'";
        await using var command = new NpgsqlCommand(Sql, connection);
        return (long)(await command.ExecuteScalarAsync(Token))! > 0;
    }

    public async Task<long> CountAsync(string table = "processed_crashes")
    {
        await using var connection = new NpgsqlConnection(Unpooled);
        await connection.OpenAsync(Token);
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
        return (long)(await command.ExecuteScalarAsync(Token))!;
    }

    /// <summary>Binary COPY of rows (uuid, date_processed, body as json text) into a table with a json or text column.</summary>
    public async Task CopyAsync(IEnumerable<CrashRow> rows, string table = "processed_crashes", NpgsqlDbType body = NpgsqlDbType.Json)
    {
        await using var connection = new NpgsqlConnection(Unpooled);
        await connection.OpenAsync(Token);
        await using var import = await connection.BeginBinaryImportAsync($"COPY {table} (uuid, date_processed, processed_crash) FROM STDIN (FORMAT BINARY)", Token);
        foreach (var row in rows)
        {
            await import.StartRowAsync(Token);
            await import.WriteAsync(row.Uuid, NpgsqlDbType.Uuid, Token);
            await import.WriteAsync(row.DateProcessed.UtcDateTime, NpgsqlDbType.TimestampTz, Token);
            await import.WriteAsync(row.Json, body, Token);
        }
        await import.CompleteAsync(Token);
    }

    /// <summary>Synthetic crashes as rows, with uuid and date_processed taken from the crash itself.</summary>
    public static IEnumerable<CrashRow> Synthetic(int count, int seed = 1, int first = 0, int days = 30)
    {
        var generator = new SyntheticCrashGenerator(seed, TestCrashes.Date, days);
        for (var i = first; i < first + count; i++)
            yield return Row(System.Text.Encoding.UTF8.GetString(generator.Generate(i)));
    }

    public static CrashRow Row(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return new CrashRow(Guid.Parse(root.GetProperty("uuid").GetString()!), DateTimeOffset.Parse(root.GetProperty("date_processed").GetString()!, System.Globalization.CultureInfo.InvariantCulture), json);
    }
}

/// <summary>A row of processed_crashes.</summary>
sealed record CrashRow(Guid Uuid, DateTimeOffset DateProcessed, string Json);
