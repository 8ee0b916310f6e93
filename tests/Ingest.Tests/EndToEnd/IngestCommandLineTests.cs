using System.Text.RegularExpressions;
using CrashSearch.Ingest.Tests.Support;

namespace CrashSearch.Ingest.Tests.EndToEnd;

/// <summary>The command line run as a process, exactly as the README tells users to run it.</summary>
public sealed partial class IngestCommandLineTests : IDisposable
{
    readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [GeneratedRegex(@"^ingested (\d+), quarantined (\d+), "
        + @"truncated 0 \(long values 0, deep stacks 0\), \d+\.\d crashes/s$")]
    private static partial Regex SummaryLine();

    static (long Ingested, long Quarantined) Summary(string output)
    {
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var match = SummaryLine().Match(lines[^1]);
        Assert.True(match.Success, $"the last line of standard output is not a summary: '{lines[^1]}'");
        return (long.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), long.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Ingesting_a_directory_once_prints_the_summary_and_exits_0()
    {
        _temp.Write("crashes/a.json", TestCrashes.Minimal("cli-a").ToJsonString());
        _temp.Write("crashes/b.json", TestCrashes.Minimal("cli-b").ToJsonString());
        _temp.Write("crashes/bad.json", "{");
        var index = _temp.Combine("index");

        var (code, output, error) = await IngestProcess.RunAsync(
            null, "--source", _temp.Combine("crashes"), "--index", index, "--once", "--retention-weeks", "none");

        Assert.True(code == 0, $"exit {code}: {error}");
        Assert.Equal((2, 1), Summary(output));
        Assert.Contains("Quarantined", error, StringComparison.Ordinal);
        Assert.Equal(["cli-a", "cli-b"], await LuceneIngest.UuidsAsync(index));
        Assert.Single(Directory.GetFiles(Path.Combine(index, "quarantine"), "*.reason.json", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Standard_input_and_synthetic_sources_run_to_the_end()
    {
        var index = _temp.Combine("index");
        var lines = TestCrashes.Minimal("stdin-1").ToJsonString() + "\n" + TestCrashes.Minimal("stdin-2").ToJsonString() + "\n";

        var stdin = await IngestProcess.RunAsync(lines, "--source", "-", "--index", index, "--retention-weeks=none");
        Assert.True(stdin.ExitCode == 0, stdin.Error);
        Assert.Equal((2, 0), Summary(stdin.Output));

        var synthetic = await IngestProcess.RunAsync(null, "--source=synthetic:50?seed=3&days=2", "--index=" + index, "--once");
        Assert.True(synthetic.ExitCode == 0, synthetic.Error);
        Assert.Equal((50, 0), Summary(synthetic.Output));
    }

    [Fact]
    public async Task Ctrl_C_stops_a_watching_run_gracefully_after_committing_what_it_read()
    {
        _temp.Write("crashes/a.json", TestCrashes.Minimal("watched-a").ToJsonString());
        File.SetLastWriteTimeUtc(_temp.Combine("crashes/a.json"), DateTime.UtcNow.AddMinutes(-1));
        var index = _temp.Combine("index");
        using var process = IngestProcess.Start(
            "--source", _temp.Combine("crashes"), "--index", index, "--retention-weeks", "none");
        // Interrupt once the crash was read (its progress line), not after a guess at how long reading takes.
        await Eventually.TrueAsync(() => process.Error.Contains("ingested 1, quarantined 0", StringComparison.Ordinal),
            "the worker to report the crash read");

        await process.InterruptAsync();

        Assert.Equal(0, await process.WaitAsync());
        Assert.Equal((1, 0), Summary(process.Output));
        Assert.Equal(["watched-a"], await LuceneIngest.UuidsAsync(index));
    }

    [Theory]
    [InlineData("error: --source is required.", "--index", "x")]
    [InlineData("error: --index is required.", "--source", "synthetic:10")]
    [InlineData("error: unknown argument '--fast'.", "--source", "synthetic:10", "--index", "x", "--fast")]
    [InlineData("error: --source needs a value.", "--index", "x", "--source")]
    [InlineData("error: --index is given twice.", "--source", "synthetic:10", "--index", "x", "--index", "y")]
    [InlineData("error: --retention-weeks takes a whole number of weeks from 1, or none, not '0'.",
        "--source", "synthetic:10", "--index", "x", "--retention-weeks", "0")]
    public async Task Bad_arguments_print_the_usage_on_standard_error_and_exit_2(string message, params string[] args)
    {
        var (code, output, error) = await IngestProcess.RunAsync(null, args);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith(message, error, StringComparison.Ordinal);
        Assert.Contains(
            "usage: CrashSearch.Ingest --source SPEC --index DIR [--data DIR] [--once]", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/no/such/crashes", "does not exist")]
    [InlineData("postgres:Host=localhost?batch=0", "batch must be a whole number")]
    [InlineData("synthetic:lots", "the crash count must be a whole number")]
    public async Task A_bad_source_exits_2_with_a_clear_message(string source, string message)
    {
        var (code, _, error) = await IngestProcess.RunAsync(null, "--source", source, "--index", _temp.Combine("index"), "--once");
        Assert.Equal(2, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_index_that_cannot_be_opened_exits_1()
    {
        var notADirectory = _temp.Write("file-in-the-way", "x");
        var (code, _, error) = await IngestProcess.RunAsync(null, "--source", "synthetic:1", "--index", notADirectory, "--once");
        Assert.Equal(1, code);
        Assert.StartsWith($"error: cannot open the index at '{notADirectory}'", error, StringComparison.Ordinal);
    }
}
