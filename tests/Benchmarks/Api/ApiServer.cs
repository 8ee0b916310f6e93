using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace CrashSearch.Benchmarks.Api;

/// <summary>
/// The Search API as a separate process serving the benchmark index read-only on a free loopback port, started
/// from the Release build next to this harness's (src/SearchApi/bin/Release/net10.0), as an operator would run it.
/// </summary>
internal sealed class ApiServer : IDisposable
{
    readonly Process _process;

    ApiServer(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public int ProcessId => _process.Id;

    public static async Task<ApiServer> StartAsync(string indexDirectory, HttpClient http, CancellationToken cancellationToken)
    {
        var dll = FindApi();
        var address = new Uri($"http://127.0.0.1:{FreePort().ToString(CultureInfo.InvariantCulture)}");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { dll, "--index", indexDirectory, "--urls", address.ToString().TrimEnd('/') })
            start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        // The load comes from one address at far more than the anonymous limit; it measures search, not the limiter.
        start.Environment["RateLimits__Enabled"] = "false";
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the Search API.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) BenchmarkConsole.Progress("api: " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ApiServer(process, address);
        try
        {
            await server.WaitUntilHealthyAsync(http, cancellationToken).ConfigureAwait(false);
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>Peak and current resident memory of the API process, in bytes (VmHWM, VmRSS of /proc/PID/status).</summary>
    public (long Peak, long Current) Memory()
    {
        long peak = 0, current = 0;
        foreach (var line in File.ReadLines($"/proc/{_process.Id.ToString(CultureInfo.InvariantCulture)}/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                peak = Kilobytes(line) * 1024;
            else if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                current = Kilobytes(line) * 1024;
        }
        return (peak, current);
    }

    static long Kilobytes(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);

    async Task WaitUntilHealthyAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The Search API exited with code {_process.ExitCode} before serving.");
            try
            {
                using var response = await http.GetAsync(new Uri(Address, "/health"), cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException) when (deadline.Elapsed < TimeSpan.FromSeconds(60))
            {
                // Not listening yet.
            }
            if (deadline.Elapsed > TimeSpan.FromSeconds(60))
                throw new TimeoutException("The Search API did not become healthy within 60 s.");
            await Task.Delay(200, cancellationToken).ConfigureAwait(false);
        }
    }

    static string FindApi()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Search.sln")))
            directory = directory.Parent;
        var dll = directory is null ? null : Path.Combine(directory.FullName, "src", "SearchApi", "bin", "Release", "net10.0", "CrashSearch.SearchApi.dll");
        return dll is not null && File.Exists(dll)
            ? dll
            : throw new FileNotFoundException("The Release build of the Search API was not found; run the harness with 'dotnet run -c Release'.", dll);
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        _process.Dispose();
    }
}
