using CrashSearch.SearchApi.Delivery;
using CrashSearch.SearchApi.Store;

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

    private protected async Task<Outbox> CreateOutboxAsync()
    {
        var database = await CreateDatabaseAsync();
        StoreMigrations.Apply(database);
        return new Outbox(database, new StoppedClock(Now), new OutboxSignal(), new DeliveryMetrics());
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
}
