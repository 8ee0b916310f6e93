using CrashSearch.Ingest.Tests.Postgres;
using Npgsql;

namespace CrashSearch.Benchmarks.Postgres;

/// <summary>A throwaway PostgreSQL server tuned for an analytical workload on this machine, and a data source for it.</summary>
internal sealed class PostgresDatabase : IAsyncDisposable
{
    static readonly string[] Settings =
    [
        "shared_buffers = '2GB'", "work_mem = '64MB'", "maintenance_work_mem = '1GB'", "effective_cache_size = '8GB'",
        "max_parallel_workers_per_gather = 2", "max_wal_size = '8GB'", "random_page_cost = 1.1",
    ];

    readonly PostgresServer _server;

    PostgresDatabase(PostgresServer server, NpgsqlDataSource source, string version)
    {
        _server = server;
        Source = source;
        Version = version;
    }

    public NpgsqlDataSource Source { get; }

    public string Version { get; }

    public static async Task<PostgresDatabase> StartAsync(CancellationToken cancellationToken)
    {
        var bin = PostgresServer.FindBinaries()
            ?? throw new InvalidOperationException("No PostgreSQL server is installed (apt-get install postgresql, or set PG_BIN); use --skip-postgres to run without it.");
        var server = await PostgresServer.StartAsync(bin, cancellationToken).ConfigureAwait(false);
        try
        {
            await using (var setup = NpgsqlDataSource.Create(server.ConnectionString))
            {
                foreach (var setting in Settings)
                {
                    await using var command = setup.CreateCommand("ALTER SYSTEM SET " + setting);
                    await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            NpgsqlConnection.ClearAllPools();
            // shared_buffers needs a restart.
            await server.StopAsync(cancellationToken).ConfigureAwait(false);
            await server.StartAsync(cancellationToken).ConfigureAwait(false);
            var source = NpgsqlDataSource.Create(server.ConnectionString + ";Timezone=UTC;Command Timeout=0;Max Auto Prepare=64;Auto Prepare Min Usages=1");
            await using var version = source.CreateCommand("SHOW server_version");
            var text = (string?)await version.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return new PostgresDatabase(server, source, "PostgreSQL " + text);
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Source.DisposeAsync().ConfigureAwait(false);
        await _server.DisposeAsync().ConfigureAwait(false);
    }
}
