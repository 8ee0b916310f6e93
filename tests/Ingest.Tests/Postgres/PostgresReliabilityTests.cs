using System.Diagnostics;
using CrashSearch.Ingest.Tests.Support;

namespace CrashSearch.Ingest.Tests.Postgres;

/// <summary>
/// The real command line against a real server, killed with SIGKILL mid-batch and restarted: the index must end
/// with every crash exactly once and the quarantine with exactly the bad rows.
/// </summary>
public sealed class PostgresReliabilityTests(PostgresFixture fixture) : IClassFixture<PostgresFixture>, IDisposable
{
    readonly TempDirectory _temp = new();

    string IndexDirectory => _temp.Combine("index");

    static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Killing_the_worker_mid_batch_and_restarting_it_ends_with_exact_counts_and_no_duplicates()
    {
        var database = await CrashDatabase.CreateAsync(fixture.Require());
        // Enough rows that the first commit (after the commit interval) comes well before the end of the table.
        var rows = CrashDatabase.Synthetic(12_000, seed: 11).ToList();
        await database.CopyAsync(rows);

        await RunUntilKilledAsync(database.Spec("batch=200"));
        var exit = await RunToEndAsync(database.Spec("batch=200"));

        Assert.True(exit.Code == 0, exit.Error);
        await AssertIndexHoldsExactlyAsync(rows);
    }

    [Fact]
    public async Task Fifty_thousand_crashes_survive_three_kills_and_a_database_restart_with_exact_counts_and_quarantine()
    {
        var server = fixture.Require();
        var database = await CrashDatabase.CreateAsync(server);
        var clock = Stopwatch.StartNew();
        var rows = CrashDatabase.Synthetic(50_000, seed: 21).ToList();
        var bad = new List<(CrashRow Row, string Reason)>();
        foreach (var at in new[] { 0.1, 0.35, 0.6, 0.85 })
            bad.AddRange(BadRows.Json(rows[(int)(rows.Count * at)].DateProcessed, $"planted-{(int)(at * 100)}"));
        foreach (var chunk in rows.Concat(bad.Select(b => b.Row)).Chunk(5000))
            await database.CopyAsync(chunk);
        var loaded = clock.Elapsed;
        var spec = database.Spec("batch=1000");

        for (var kill = 1; kill <= 3; kill++)
        {
            Func<Task>? meanwhile = kill == 2 ? async () =>
            {
                await server.StopAsync(Token);
                await Task.Delay(1000, Token);
                await server.StartAsync(Token);
            } : null;
            await RunUntilKilledAsync(spec, meanwhile);
        }
        var exit = await RunToEndAsync(spec);

        TestContext.Current.TestOutputHelper?.WriteLine($"loaded 50,000 rows in {loaded.TotalSeconds:F1} s; all runs took {(clock.Elapsed - loaded).TotalSeconds:F1} s; last run: {exit.Output.Trim()}");
        Assert.True(exit.Code == 0, exit.Error);
        await AssertIndexHoldsExactlyAsync(rows);
        var quarantined = Directory.GetFiles(Path.Combine(IndexDirectory, "quarantine"), "*.json", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".reason.json", StringComparison.Ordinal)).ToList();
        Assert.Equal(bad.Count, quarantined.Count);
        var reasons = IndexContents.QuarantineReasons(IndexDirectory);
        Assert.Equal(bad.Count, reasons.Count);
        foreach (var (row, reason) in bad)
        {
            Assert.True(reasons.Any(r => r.Key.Contains(row.Uuid.ToString(), StringComparison.Ordinal) && r.Value.Contains(reason, StringComparison.Ordinal)),
                $"{row.Uuid} ({reason}) is not in the quarantine: {string.Join("; ", reasons.Select(r => r.Key + " => " + r.Value))}");
        }
    }

    /// <summary>
    /// Starts the worker in follow mode (so it never exits by itself), waits until it has committed progress, lets
    /// it run a little more, then kills it.
    /// </summary>
    async Task RunUntilKilledAsync(string spec, Func<Task>? meanwhile = null)
    {
        var before = await CheckpointAsync();
        // Commits during the backlog as often as when caught up, so that kills land between commits.
        using var worker = IngestProcess.Start(
            new Dictionary<string, string> { ["Ingest__BacklogCommitInterval"] = "00:00:05" },
            "--source", spec, "--index", IndexDirectory);
        var deadline = Stopwatch.StartNew();
        while (await CheckpointAsync() == before)
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(60), "the worker committed nothing: " + worker.Error);
            await Task.Delay(100, Token);
        }
        if (meanwhile is not null)
            await meanwhile();
        await Task.Delay(Random.Shared.Next(200, 1500), Token);
        // Dispose kills the whole process tree (SIGKILL): no drain, no final commit.
        Assert.True(worker.Output.Length == 0, "the worker finished before it could be killed: " + worker.Output);
    }

    async Task<(int Code, string Output, string Error)> RunToEndAsync(string spec) =>
        await IngestProcess.RunAsync(null, "--source", spec, "--index", IndexDirectory, "--once");

    async Task<string?> CheckpointAsync() =>
        Directory.Exists(IndexDirectory) ? (await IndexContents.CheckpointAsync(IndexDirectory)).GetValueOrDefault("postgres:processed_crashes") : null;

    async Task AssertIndexHoldsExactlyAsync(IReadOnlyList<CrashRow> rows)
    {
        var uuids = await IndexContents.AllUuidsAsync(IndexDirectory);
        Assert.Equal(rows.Count, uuids.Count);
        Assert.Equal(rows.Select(r => r.Uuid.ToString()).Order(StringComparer.Ordinal), uuids.Order(StringComparer.Ordinal));
    }
}
