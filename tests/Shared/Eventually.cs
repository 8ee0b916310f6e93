using System.Diagnostics;

namespace CrashSearch.Tests;

/// <summary>
/// Waits for something the test cannot be told of directly, checking every 10 ms, and fails after
/// <see cref="Limit"/>: a bug makes the test fail instead of hang. The limit is not a speed requirement.
/// </summary>
public static class Eventually
{
    /// <summary>Far more than a healthy run needs, even on a loaded machine.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public static Task TrueAsync(Func<bool> condition, string what) =>
        TrueAsync(() => Task.FromResult(condition()), what);

    public static async Task TrueAsync(Func<Task<bool>> condition, string what)
    {
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(waited.Elapsed < Limit, $"Waited {Limit.TotalSeconds:0} s for {what}.");
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }
}
