using CrashSearch.Ingest.Tests.Support;

namespace CrashSearch.Ingest.Tests.EndToEnd;

/// <summary>
/// The command line writing into a file system that fills up (issue 16): a clean exit 1 that says what to free.
/// </summary>
public sealed class DiskFullTests
{
    [Fact]
    public async Task A_full_disk_ends_the_ingest_with_exit_1_and_says_what_to_free()
    {
        using var disk = await SmallFileSystem.MountAsync("1m");
        var index = Path.Combine(disk.Path, "index");

        var (code, output, error) = await IngestProcess.RunAsync(
            null, "--source", "synthetic:5000?seed=1&days=2", "--index", index, "--once");

        Assert.True(code == 1, $"exit {code}: {error}");
        Assert.DoesNotContain("Unhandled exception", error, StringComparison.Ordinal);
        var last = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
        Assert.StartsWith("error: the disk is full (No space left on device", last, StringComparison.Ordinal);
        Assert.Contains($"Free space on the file system that holds '{index}'", last, StringComparison.Ordinal);
        Assert.Equal("", output);
    }
}
