using System.Diagnostics;
using System.Text.RegularExpressions;

namespace CrashSearch.Ingest.Tests.Support;

/// <summary>
/// The built command line run in a pseudo-terminal through script(1), as a user at a terminal runs it; gives back
/// what the terminal showed, escape sequences removed.
/// </summary>
static partial class TerminalRun
{
    const string Script = "/usr/bin/script";

    [GeneratedRegex(@"\x1B(\[[0-?]*[ -/]*[@-~]|[()][0-9A-Za-z]|[=>])")]
    private static partial Regex EscapeSequence();

    public static async Task<(int ExitCode, string Screen)> RunAsync(params string[] args)
    {
        if (!File.Exists(Script))
        {
            Assert.False(ContinuousIntegration.IsRunning, $"{Script} (Debian's bsdutils) is needed in CI.");
            Assert.Skip($"{Script} is not installed.");
        }
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path ? path : "dotnet";
        var dll = Path.Combine(AppContext.BaseDirectory, "CrashSearch.Ingest.dll");
        var command = string.Join(' ', new[] { host, dll }.Concat(args).Select(Quote));
        var start = new ProcessStartInfo(Script)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-qfec", command, "/dev/null" })
            start.ArgumentList.Add(arg);
        start.Environment["TERM"] = "xterm-256color";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The ingest did not exit within 2 minutes in the terminal:\n{await error}");
        }
        return (process.ExitCode, EscapeSequence().Replace(await output + await error, ""));
    }

    static string Quote(string arg) => "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
