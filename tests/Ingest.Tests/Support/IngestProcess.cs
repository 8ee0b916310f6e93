using System.Diagnostics;
using System.Text;

namespace CrashSearch.Ingest.Tests.Support;

/// <summary>The built command line (CrashSearch.Ingest.dll) run as a real process.</summary>
sealed class IngestProcess : IDisposable
{
    readonly Process _process;
    readonly StringBuilder _output = new();
    readonly StringBuilder _error = new();

    IngestProcess(IReadOnlyList<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CrashSearch.Ingest.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Append(_output, e.Data);
        _process.ErrorDataReceived += (_, e) => Append(_error, e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    public string Error
    {
        get
        {
            lock (_error)
                return _error.ToString();
        }
    }

    public static IngestProcess Start(params string[] args) => new(args);

    /// <summary>
    /// Starts the command with variables added to its environment (configuration such as Index__Backend).
    /// </summary>
    public static IngestProcess Start(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        new(args, environment);

    /// <summary>Runs to the end, with <paramref name="input"/> on standard input; returns the exit code.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string? input, params string[] args)
    {
        using var process = new IngestProcess(args);
        if (input is not null)
            await process._process.StandardInput.WriteAsync(input);
        process._process.StandardInput.Close();
        var code = await process.WaitAsync();
        return (code, process.Output, process.Error);
    }

    public async Task<int> WaitAsync()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        try
        {
            // Also waits for the redirected output to reach its end.
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            // What the worker logged last says where it stopped.
            var exited = _process.HasExited;
            if (!exited)
                _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The ingest process {(exited ? "exited but its output did not end" : "did not exit")} within 2 minutes. Its standard error:\n{Error}");
        }
        return _process.ExitCode;
    }

    /// <summary>Ctrl+C: SIGINT, sent with kill(1) since .NET has no API to send it.</summary>
    public async Task InterruptAsync()
    {
        using var kill = Process.Start("kill", ["-INT",
            _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, kill.ExitCode);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            // Kill only sends the signal: the next worker on the same index must not find this one still holding its lock.
            _process.WaitForExit(TimeSpan.FromSeconds(30));
        }
        _process.Dispose();
    }

    static void Append(StringBuilder text, string? line)
    {
        if (line is null)
            return;
        lock (text)
            text.AppendLine(line);
    }
}
