using System.Diagnostics;

namespace CrashSearch.Ingest.Tests.Support;

/// <summary>
/// A real, tiny file system: a tmpfs of a given size mounted on a fresh directory (needs root), unmounted on dispose.
/// Where it cannot be mounted the test is skipped with the reason, except under a truthy <c>CI</c>, where it fails.
/// </summary>
sealed class SmallFileSystem : IDisposable
{
    readonly TempDirectory _mountPoint = new();
    bool _mounted;

    SmallFileSystem()
    {
    }

    public string Path => _mountPoint.Path;

    public static async Task<SmallFileSystem> MountAsync(string size)
    {
        var fileSystem = new SmallFileSystem();
        var (code, error) = await RunAsync("mount", "-t", "tmpfs", "-o", $"size={size}", "tmpfs", fileSystem.Path);
        if (code == 0)
        {
            fileSystem._mounted = true;
            return fileSystem;
        }
        fileSystem.Dispose();
        var reason = $"cannot mount a {size} tmpfs (exit {code}: {error.Trim()}); the disk-full test needs root";
        if (ContinuousIntegration.IsRunning)
            Assert.Fail(reason + " (CI runs as root and must run it)");
        Assert.Skip(reason);
        return null!;
    }

    /// <summary>CI systems set CI to true, 1, yes or their own name: anything but empty, 0, false or no.</summary>
    static async Task<(int Code, string Error)> RunAsync(string file, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo(file, args) { RedirectStandardError = true, UseShellExecute = false };
            using var process = Process.Start(start)!;
            var error = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, error);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }

    public void Dispose()
    {
        if (_mounted)
        {
            // Lazy: a process that still holds a file open must not leave the mount behind.
            using var umount = Process.Start("umount", ["-l", Path]);
            umount.WaitForExit(TimeSpan.FromSeconds(30));
            _mounted = false;
        }
        _mountPoint.Dispose();
    }
}
