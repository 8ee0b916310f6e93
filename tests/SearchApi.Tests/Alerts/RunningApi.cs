using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace CrashSearch.SearchApi.Tests.Alerts;

/// <summary>
/// The built API (CrashSearch.SearchApi.dll) serving an index read-only on a real port, as an operator runs it beside
/// a separate ingest; it can be killed with SIGKILL and started again on the same port.
/// </summary>
internal sealed class RunningApi : IDisposable
{
    readonly StringBuilder _log = new();
    readonly IReadOnlyList<string> _args;
    Process? _process;

    RunningApi(int port, IReadOnlyList<string> args)
    {
        Port = port;
        _args = args;
    }

    public int Port { get; }

    public Uri Address => new($"http://127.0.0.1:{Port}/");

    /// <summary>What every run of the process wrote, for failure messages.</summary>
    public string Log
    {
        get
        {
            lock (_log)
                return _log.ToString();
        }
    }

    /// <summary>Starts the API with <paramref name="args"/> and waits until it answers <c>/health</c>.</summary>
    public static async Task<RunningApi> StartAsync(params string[] args)
    {
        var api = new RunningApi(FreePort(), args);
        await api.RestartAsync();
        return api;
    }

    public async Task RestartAsync()
    {
        var start = new ProcessStartInfo(
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CrashSearch.SearchApi.dll"));
        foreach (var arg in _args)
            start.ArgumentList.Add(arg);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(Address.ToString().TrimEnd('/'));
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var client = Client();
        await Eventually.TrueAsync(async () =>
        {
            Assert.False(_process.HasExited, "The API exited:\n" + Log);
            try
            {
                return (await client.GetAsync("/health", TestContext.Current.CancellationToken)).IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, "the API to answer /health");
    }

    public HttpClient Client() => new() { BaseAddress = Address };

    /// <summary>SIGKILL: no shutdown, no flush, no lease released.</summary>
    public void Kill()
    {
        if (_process is null || _process.HasExited)
            return;
        _process.Kill();
        _process.WaitForExit(30_000);
    }

    public void Dispose()
    {
        Kill();
        _process?.Dispose();
    }

    void Append(string? line)
    {
        if (line is null)
            return;
        lock (_log)
            _log.AppendLine(line);
    }

    static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
