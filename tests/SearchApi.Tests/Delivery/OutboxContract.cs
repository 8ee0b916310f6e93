using CrashSearch.SearchApi.Delivery;
using CrashSearch.SearchApi.Store;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CrashSearch.SearchApi.Tests.Delivery;

/// <summary>
/// What the outbox must do in the application store, run on SQLite (<see cref="OutboxOnSqliteTests"/>) and on a real
/// PostgreSQL server (<see cref="OutboxOnPostgresTests"/>).
/// </summary>
public abstract class OutboxContract
{
    static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A new, empty store.</summary>
    private protected abstract Task<StoreDatabase> CreateDatabaseAsync();

    private protected async Task<Outbox> CreateOutboxAsync() => (await CreateStoreAsync(new StoppedClock(Now))).Outbox;

    async Task<(Outbox Outbox, StoreDatabase Database)> CreateStoreAsync(TimeProvider clock)
    {
        var database = await CreateDatabaseAsync();
        StoreMigrations.Apply(database);
        return (new Outbox(database, clock, new OutboxSignal(), new DeliveryMetrics()), database);
    }

    internal static OutboxMessage Mail(string key, string recipient = "dev@example.org") => new()
    {
        Key = key,
        Channel = OutboxChannel.Email,
        Recipient = recipient,
        Topic = "alert:a1",
        Subject = "3 new crashes",
        TextBody = "text",
        HtmlBody = "<p>html</p>",
        UnsubscribeUrl = new Uri("https://crash.example.org/unsubscribe?token=t"),
    };

    [Fact]
    public async Task An_enqueued_message_reads_back_whole_and_waits_as_pending()
    {
        var outbox = await CreateOutboxAsync();
        var message = Mail("alert:a1:1");
        Assert.True(await outbox.EnqueueAsync(message, TestContext.Current.CancellationToken));

        var entry = await outbox.FindAsync(message.Key, TestContext.Current.CancellationToken);
        Assert.NotNull(entry);
        Assert.Equal(message, entry.Message);
        Assert.Equal((OutboxState.Pending, 0, Now), (entry.State, entry.Attempts, entry.QueuedAt));
        Assert.Equal(new OutboxStatus(1, Now), await outbox.StatusAsync(TestContext.Current.CancellationToken));
        Assert.Null(await outbox.FindAsync("alert:a1:2", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Enqueueing_a_key_again_stores_nothing_and_keeps_the_first_message()
    {
        var outbox = await CreateOutboxAsync();
        Assert.True(await outbox.EnqueueAsync(Mail("digest:7"), TestContext.Current.CancellationToken));
        var again = Mail("digest:7") with { Subject = "another subject" };
        Assert.False(await outbox.EnqueueAsync(again, TestContext.Current.CancellationToken));

        var entry = await outbox.FindAsync("digest:7", TestContext.Current.CancellationToken);
        Assert.Equal("3 new crashes", entry!.Message.Subject);
        Assert.Equal(1, (await outbox.StatusAsync(TestContext.Current.CancellationToken)).Pending);
    }

    [Fact]
    public async Task A_webhook_keeps_its_body_and_secret()
    {
        var outbox = await CreateOutboxAsync();
        var hook = new OutboxMessage
        {
            Key = "hook:1",
            Channel = OutboxChannel.Webhook,
            Recipient = "https://hooks.example.org/services/T1",
            Topic = "alert:a1",
            JsonBody = """{"text":"3 new crashes"}""",
            WebhookSecret = "s3cret",
        };
        Assert.True(await outbox.EnqueueAsync(hook, TestContext.Current.CancellationToken));
        Assert.Equal(hook, (await outbox.FindAsync("hook:1", TestContext.Current.CancellationToken))!.Message);
    }

    [Theory]
    [InlineData(OutboxChannel.Email, "not an address", "email address")]
    [InlineData(OutboxChannel.Webhook, "ftp://hooks.example.org/x", "http or https")]
    [InlineData(OutboxChannel.Webhook, "/relative/hook", "http or https")]
    internal async Task A_message_that_cannot_be_delivered_is_refused_with_the_reason(
        OutboxChannel channel, string recipient, string reason)
    {
        var outbox = await CreateOutboxAsync();
        var message = Mail("bad") with { Channel = channel, Recipient = recipient, JsonBody = "{}" };
        var refused = await Assert.ThrowsAsync<ArgumentException>(
            () => outbox.EnqueueAsync(message, TestContext.Current.CancellationToken));
        Assert.Contains(reason, refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await outbox.StatusAsync(TestContext.Current.CancellationToken)).Pending);
    }

    [Fact]
    public async Task A_message_taken_by_one_sender_is_taken_by_no_other_until_its_lease_runs_out()
    {
        var clock = new FakeTimeProvider(Now);
        var (outbox, database) = await CreateStoreAsync(clock);
        var options = Options.Create(new OutboxOptions { Lease = TimeSpan.FromMinutes(5) });
        // Two API processes sharing the store.
        var first = new OutboxLeases(database, clock, options);
        var second = new OutboxLeases(database, clock, options);
        await outbox.EnqueueAsync(Mail("shared:1"), TestContext.Current.CancellationToken);

        var claims = await Task.WhenAll(
            first.ClaimNextAsync("first", true, TestContext.Current.CancellationToken),
            second.ClaimNextAsync("second", true, TestContext.Current.CancellationToken));
        Assert.Single(claims, c => c is not null);
        var winner = claims[0] is null ? "second" : "first";
        var loser = winner == "first" ? second : first;

        clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Null(await loser.ClaimNextAsync("late", true, TestContext.Current.CancellationToken));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.NotNull(await loser.ClaimNextAsync("late", true, TestContext.Current.CancellationToken));

        // The first owner lost its lease: what it records afterwards is ignored.
        var winnerLeases = winner == "first" ? first : second;
        Assert.False(await winnerLeases.FinishAsync("shared:1", winner, OutboxState.Sent, null, true,
            TestContext.Current.CancellationToken));
        Assert.True(await loser.FinishAsync("shared:1", "late", OutboxState.Sent, null, true,
            TestContext.Current.CancellationToken));
        var sent = await outbox.FindAsync("shared:1", TestContext.Current.CancellationToken);
        Assert.Equal(OutboxState.Sent, sent!.State);
    }

    [Fact]
    public async Task A_failed_attempt_waits_twice_as_long_each_time_up_to_the_cap()
    {
        var clock = new FakeTimeProvider(Now);
        var (outbox, database) = await CreateStoreAsync(clock);
        var options = Options.Create(new OutboxOptions
        {
            FirstRetryDelay = TimeSpan.FromSeconds(30), MaxRetryDelay = TimeSpan.FromMinutes(2),
        });
        var leases = new OutboxLeases(database, clock, options);
        await outbox.EnqueueAsync(Mail("retry:1"), TestContext.Current.CancellationToken);

        var waits = new List<TimeSpan>();
        for (var i = 0; i < 4; i++)
        {
            var entry = await leases.ClaimNextAsync("sender", true, TestContext.Current.CancellationToken);
            var due = await leases.RetryLaterAsync(entry!, "sender", "SMTP server unreachable",
                TestContext.Current.CancellationToken);
            waits.Add(due - clock.GetUtcNow());
            Assert.Null(await leases.ClaimNextAsync("sender", true, TestContext.Current.CancellationToken));
            clock.SetUtcNow(due);
        }
        Assert.Equal([30, 60, 120, 120], waits.Select(w => w.TotalSeconds));
        var stored = await outbox.FindAsync("retry:1", TestContext.Current.CancellationToken);
        Assert.Equal((OutboxState.Pending, 4, "SMTP server unreachable"),
            (stored!.State, stored.Attempts, stored.LastError));
    }
}
