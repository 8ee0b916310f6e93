using System.Diagnostics;

namespace CrashSearch.SearchApi.Tests.Hosting;

/// <summary>The built API as a process, the way a user starts it.</summary>
public sealed class ApiProcessTests
{
    [Fact]
    public async Task Without_demo_or_index_the_API_explains_and_exits_with_2()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "CrashSearch.SearchApi.dll"), "--urls", "http://127.0.0.1:0" },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.Equal(2, process.ExitCode);
        var message = await error;
        Assert.Contains("No index to serve", message, StringComparison.Ordinal);
        Assert.Contains("--demo", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", await output, StringComparison.Ordinal);
    }
}
