using CrashSearch.Ingest.Tests.Support;

namespace CrashSearch.Ingest.Tests.Progress;

/// <summary>The ingest command's live display, read back from a pseudo-terminal.</summary>
public sealed class ProgressDisplayTests : IDisposable
{
    readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task On_a_terminal_the_ingest_shows_its_counts_and_a_bar_then_the_summary_line()
    {
        var (code, screen) = await TerminalRun.RunAsync(
            "--source", "synthetic:400?seed=2&days=3", "--index", _temp.Combine("index"), "--once");

        Assert.True(code == 0, $"exit {code}:\n{screen}");
        Assert.Contains("ingested 400 ", screen, StringComparison.Ordinal);
        Assert.Contains(" crashes/s ", screen, StringComparison.Ordinal);
        Assert.Contains(" MB/s ", screen, StringComparison.Ordinal);
        Assert.Contains("quarantined 0", screen, StringComparison.Ordinal);
        Assert.Contains("━━━━━━━━━━ 100% done", screen, StringComparison.Ordinal);
        // The display replaces the progress log lines; the summary line is the last thing printed, unchanged.
        Assert.DoesNotContain("info:", screen, StringComparison.Ordinal);
        var lines = screen.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith("ingested 400, quarantined 0, truncated 0 (long values 0, deep stacks 0), ", lines[^1],
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_terminal_the_ingest_prints_plain_log_lines_and_no_escape_codes()
    {
        var (code, output, error) = await IngestProcess.RunAsync(
            null, "--source", "synthetic:50?seed=2&days=3", "--index", _temp.Combine("index"), "--once");

        Assert.True(code == 0, error);
        Assert.Contains("Finished synthetic:50?seed=2&days=3: ingested 50, quarantined 0", error,
            StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", error + output, StringComparison.Ordinal);
        Assert.DoesNotContain("━", error, StringComparison.Ordinal);
    }
}
