using CrashSearch.SearchApi.Alerts;
using CrashSearch.SearchApi.Store;
using Microsoft.Extensions.Time.Testing;

namespace CrashSearch.SearchApi.Tests.Alerts;

/// <summary>
/// What the alert store must do on SQLite (<see cref="AlertStoreOnSqliteTests"/>) and on a real PostgreSQL server
/// (<see cref="AlertStoreOnPostgresTests"/>): the lease that lets one process at a time evaluate an alert, and the
/// state an evaluation records.
/// </summary>
public abstract class AlertStoreContract
{
    static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    static readonly AlertRule Rule =
        new("saved-search", AlertCondition.NewMatch) { Recipients = ["dev@example.com"] };

    readonly FakeTimeProvider _clock = new(Now);

    /// <summary>A new, empty store (not migrated).</summary>
    private protected abstract Task<StoreDatabase> CreateDatabaseAsync();

    async Task<AlertStore> CreateAsync()
    {
        var database = await CreateDatabaseAsync();
        StoreMigrations.Apply(database);
        return new AlertStore(database, _clock);
    }

    [Fact]
    public async Task An_alert_is_leased_to_one_process_at_a_time_until_released_or_expired()
    {
        var token = TestContext.Current.CancellationToken;
        var store = await CreateAsync();
        var id = (await store.CreateAsync("owner", Rule, token)).Id;
        var until = Now.AddMinutes(5);

        var first = await store.TryLeaseAsync(id, "process-a", until, token);
        var second = await store.TryLeaseAsync(id, "process-b", until, token);
        var again = await store.TryLeaseAsync(id, "process-a", until, token);
        _clock.Advance(TimeSpan.FromMinutes(6));
        var afterExpiry = await store.TryLeaseAsync(id, "process-b", Now.AddMinutes(11), token);
        var lostByA = await store.BeginAsync(id, "process-a", Now, token);
        await store.ReleaseAsync(id, "process-b", token);
        var afterRelease = await store.TryLeaseAsync(id, "process-a", Now.AddMinutes(20), token);

        Assert.Equal((true, false, true), (first, second, again));
        Assert.True(afterExpiry);
        Assert.False(lostByA);
        Assert.True(afterRelease);
    }

    [Fact]
    public async Task Concurrent_lease_attempts_of_many_processes_give_the_alert_to_exactly_one()
    {
        var token = TestContext.Current.CancellationToken;
        var store = await CreateAsync();
        var id = (await store.CreateAsync("owner", Rule, token)).Id;

        var attempts = await Task.WhenAll(Enumerable.Range(0, 8)
            .Select(i => Task.Run(() => store.TryLeaseAsync(id, $"process-{i}", Now.AddMinutes(5), token), token)));

        Assert.Equal(1, attempts.Count(won => won));
    }

    [Fact]
    public async Task An_evaluation_records_its_instant_then_its_state_and_only_for_the_lease_holder()
    {
        var token = TestContext.Current.CancellationToken;
        var store = await CreateAsync();
        var id = (await store.CreateAsync("owner", Rule, token)).Id;
        var at = Now.AddMinutes(1);
        await store.TryLeaseAsync(id, "process-a", Now.AddMinutes(5), token);

        Assert.True(await store.BeginAsync(id, "process-a", at, token));
        var pending = (await store.GetAsync(id, token))!.State;
        var state = new AlertState(at, null, null, at, at, null);
        Assert.False(await store.FinishAsync(id, "process-b", state, token));
        Assert.True(await store.FinishAsync(id, "process-a", state, token));
        var finished = (await store.GetAsync(id, token))!.State;

        Assert.Equal((Now, at), (pending.Watermark, pending.PendingAt));
        Assert.Equal(state, finished);
    }
}
