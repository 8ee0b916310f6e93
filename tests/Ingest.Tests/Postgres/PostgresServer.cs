using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CrashSearch.Ingest.Tests.Postgres;

/// <summary>
/// A throwaway PostgreSQL server on a free loopback port, in a temporary directory, started from the binaries of
/// the installed server package (as root it runs as the <c>postgres</c> user, since initdb refuses root).
/// Can be stopped and started again to test what a database restart does to a client. Used by the tests and the
/// benchmark harness.
/// </summary>
internal sealed class PostgresServer : IAsyncDisposable
{
    readonly string _bin;
    readonly string _root;
    readonly bool _asPostgresUser;

    PostgresServer(string bin, string root, int port, bool asPostgresUser)
    {
        _bin = bin;
        _root = root;
        Port = port;
        _asPostgresUser = asPostgresUser;
    }

    public int Port { get; }

    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=true;Timeout=5";

    string DataDirectory => Path.Combine(_root, "data");

    /// <summary>The server binaries folder (newest installed version, or <c>PG_BIN</c>), or null when none is installed.</summary>
    public static string? FindBinaries()
    {
        var configured = Environment.GetEnvironmentVariable("PG_BIN");
        if (!string.IsNullOrEmpty(configured))
            return File.Exists(Path.Combine(configured, "initdb")) ? configured : null;
        const string installed = "/usr/lib/postgresql";
        if (!Directory.Exists(installed))
            return null;
        return Directory.GetDirectories(installed)
            .Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "initdb")))
            .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
            .FirstOrDefault();
    }

    /// <summary>Initialises a cluster and starts it; throws with the server's own words when that fails.</summary>
    public static async Task<PostgresServer> StartAsync(string bin, CancellationToken cancellationToken)
    {
        var root = Directory.CreateTempSubdirectory("crashsearch-pg-").FullName;
        var asPostgresUser = Environment.UserName == "root";
        var server = new PostgresServer(bin, root, FreePort(), asPostgresUser);
        try
        {
            if (asPostgresUser)
                await server.RunAsync("chown", ["-R", "postgres:postgres", root], cancellationToken);
            await server.RunPostgresToolAsync("initdb", ["-D", server.DataDirectory, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"], cancellationToken);
            await server.StartAsync(cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the (stopped) server again on the same port and data.</summary>
    public Task StartAsync(CancellationToken cancellationToken) =>
        RunPostgresToolAsync("pg_ctl", ["-D", DataDirectory, "-l", Path.Combine(_root, "server.log"), "-w", "-t", "30",
            "-o", $"-c listen_addresses=127.0.0.1 -p {Port} -k {_root} -c fsync=off -c synchronous_commit=off", "start"], cancellationToken);

    /// <summary>Stops the server at once, as a crash or an operator's restart would (mode immediate).</summary>
    public Task StopAsync(CancellationToken cancellationToken) =>
        RunPostgresToolAsync("pg_ctl", ["-D", DataDirectory, "-w", "-t", "30", "-m", "immediate", "stop"], cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            try
            {
                await StopAsync(CancellationToken.None);
            }
            catch (InvalidOperationException)
            {
                // Already stopped: the data directory is removed below either way.
            }
        }
        Directory.Delete(_root, recursive: true);
    }

    Task RunPostgresToolAsync(string tool, IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        _asPostgresUser
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. arguments], cancellationToken)
            : RunAsync(Path.Combine(_bin, tool), arguments, cancellationToken);

    async Task RunAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _root };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            var log = Path.Combine(_root, "server.log");
            var serverLog = File.Exists(log) ? await File.ReadAllTextAsync(log, cancellationToken) : "";
            throw new InvalidOperationException($"{Path.GetFileName(program)} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}{await output}{serverLog}");
        }
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
