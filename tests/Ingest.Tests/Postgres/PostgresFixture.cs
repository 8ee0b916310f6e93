namespace CrashSearch.Ingest.Tests.Postgres;

/// <summary>
/// One PostgreSQL server for a test class. Where no server is installed the tests skip with the reason, except in
/// CI (any truthy <c>CI</c>), where a missing server is a failure: CI must run them.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    PostgresServer? _server;
    string? _unavailable;

    internal PostgresServer Server =>
        _server ?? throw new InvalidOperationException("Call Require() first.");

    /// <summary>The running server; skips (or in CI fails) the calling test when there is none.</summary>
    internal PostgresServer Require()
    {
        if (_server is not null)
            return _server;
        var reason = $"PostgreSQL is not available: {_unavailable}";
        if (IsTruthy(Environment.GetEnvironmentVariable("CI")))
            Assert.Fail(reason + " (CI must run the PostgreSQL tests: install the postgresql package)");
        Assert.Skip(reason);
        return null!;
    }

    /// <summary>Whether a variable is set to something other than an empty or false value (CI systems write
    /// <c>true</c>, <c>1</c> or <c>yes</c>).</summary>
    internal static bool IsTruthy(string? value) =>
        !string.IsNullOrWhiteSpace(value) && value.Trim().ToLowerInvariant() is not ("false" or "0" or "no" or "off");

    public async ValueTask InitializeAsync()
    {
        var bin = PostgresServer.FindBinaries();
        if (bin is null)
        {
            _unavailable = "no initdb under /usr/lib/postgresql/*/bin (install the postgresql package, or set PG_BIN)";
            return;
        }
        _server = await PostgresServer.StartAsync(bin, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
            await _server.DisposeAsync();
    }
}
