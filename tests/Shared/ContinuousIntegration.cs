namespace CrashSearch.Tests;

/// <summary>
/// Whether the tests run in CI, where a test that cannot run (no PostgreSQL) must fail instead of skipping. CI
/// services set <c>CI</c> to <c>true</c>, <c>1</c> or <c>yes</c> in any case; <c>.ci/run</c> sets <c>true</c>.
/// </summary>
public static class ContinuousIntegration
{
    public static bool IsRunning => Means(Environment.GetEnvironmentVariable("CI"));

    /// <summary>Whether a value of the <c>CI</c> variable says "this is CI".</summary>
    public static bool Means(string? value) =>
        value?.Trim().ToUpperInvariant() is "TRUE" or "1" or "YES";
}
