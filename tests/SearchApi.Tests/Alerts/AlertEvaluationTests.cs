using CrashSearch.SearchApi.Alerts;
using CrashSearch.SearchApi.Keys;
using CrashSearch.SearchApi.Store;
using CrashSearch.SearchApi.Tests.Support;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using static CrashSearch.SearchApi.Tests.Alerts.AlertsApi;

namespace CrashSearch.SearchApi.Tests.Alerts;

/// <summary>
/// The evaluator of the real host over a real index and store, one cycle at a time on a clock the test moves:
/// what each condition enqueues, and what it never does (twice, or with protected values).
/// </summary>
public sealed class AlertEvaluationTests
{
    static readonly string[] Recipients = ["dev@example.com", "qa@example.com"];

    [Fact]
    public async Task A_new_match_alert_announces_each_crash_indexed_after_it_once_even_a_three_week_old_one()
    {
        await using var api = await StartAsync();
        await api.IndexAsync(Crash("indexed-before", Start, "OOM | small"));
        var search = await api.SaveSearchAsync(api.Owner, "signature:~OOM");
        api.Clock.Advance(TimeSpan.FromSeconds(1));
        await api.CreateAlertIdAsync(api.Owner,
            new { savedSearchId = search, condition = "NEW_MATCH", recipients = Recipients });
        api.Clock.Advance(TimeSpan.FromSeconds(1));
        await api.IndexAsync(
            Crash("match-now", Start, "OOM | small"),
            Crash("match-backfill", Start.AddDays(-21), "OOM | large"),
            Crash("no-match", Start, "shutdownhang | nsThread::Shutdown"));

        await api.EvaluateAfterAsync(Grace);
        var first = await api.OutboxAsync();
        await api.EvaluateAfterAsync(TimeSpan.FromMinutes(1));
        var unchanged = await api.OutboxAsync();
        await api.IndexAsync(Crash("match-later", Start, "OOM | small"));
        await api.EvaluateAfterAsync(Grace + TimeSpan.FromSeconds(1));
        var all = await api.OutboxAsync();

        Assert.Equal(Recipients, first.Select(m => m.Recipient).Order(StringComparer.Ordinal));
        Assert.All(first, m =>
        {
            Assert.Contains("2 crashes newly indexed", m.Subject, StringComparison.Ordinal);
            Assert.Contains(
                "https://crashes.example/api/SuperSearch?uuid=match-now", m.TextBody, StringComparison.Ordinal);
            Assert.Contains("uuid=match-backfill", m.HtmlBody, StringComparison.Ordinal);
            Assert.DoesNotContain("no-match", m.All, StringComparison.Ordinal);
            Assert.DoesNotContain("indexed-before", m.All, StringComparison.Ordinal);
            Assert.Contains($"api/SuperSearch?_saved={search}", m.TextBody, StringComparison.Ordinal);
            Assert.Contains("https://crashes.example/unsubscribe?token=", m.TextBody, StringComparison.Ordinal);
        });
        Assert.Equal(2, unchanged.Count);
        var later = all.Skip(2).ToList();
        Assert.Equal(2, later.Count);
        Assert.All(later, m =>
        {
            Assert.Contains("1 crash newly indexed", m.Subject, StringComparison.Ordinal);
            Assert.Contains("match-later", m.TextBody, StringComparison.Ordinal);
            Assert.DoesNotContain("match-now", m.TextBody, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task An_evaluation_cut_short_after_enqueueing_is_redone_with_the_same_keys_and_enqueues_nothing_new()
    {
        await using var api = await StartAsync();
        var search = await api.SaveSearchAsync(api.Owner, "signature:~OOM");
        var id = await api.CreateAlertIdAsync(api.Owner,
            new { savedSearchId = search, condition = "NEW_MATCH", recipients = Recipients });
        var created = Start.ToUnixTimeMilliseconds();
        api.Clock.Advance(TimeSpan.FromSeconds(1));
        await api.IndexAsync(Crash("match", Start, "OOM | small"));
        await api.EvaluateAfterAsync(Grace);
        var sent = await api.OutboxAsync();

        // As if the process died after enqueueing and before recording the new state.
        var database = api.App.Services.GetRequiredService<StoreDatabase>();
        await using (var connection = await database.OpenAsync(TestContext.Current.CancellationToken))
        {
            await connection.ExecuteAsync(
                "UPDATE alerts SET pending_at = watermark, watermark = @created WHERE id = @id", new { id, created });
        }
        await api.EvaluateAfterAsync(TimeSpan.FromMinutes(5));

        Assert.Equal(2, sent.Count);
        Assert.Equal(sent.Select(m => m.Key), (await api.OutboxAsync()).Select(m => m.Key));
    }

    [Fact]
    public async Task A_threshold_alert_fires_once_per_crossing()
    {
        await using var api = await StartAsync();
        var search = await api.SaveSearchAsync(api.Owner, "product:Firefox");
        await api.CreateAlertIdAsync(api.Owner, new
        {
            savedSearchId = search, condition = "THRESHOLD", threshold = 2, window = "1h", recipients = Recipients[..1],
        });
        await api.IndexAsync([.. Enumerable.Range(0, 3).Select(i => Crash($"first-{i}", Start, "OOM | small"))]);

        await api.EvaluateAfterAsync(TimeSpan.FromMinutes(1));
        var crossed = await api.OutboxAsync();
        await api.IndexAsync(Crash("still-above", Start.AddMinutes(2), "OOM | small"));
        await api.EvaluateAfterAsync(TimeSpan.FromMinutes(1));
        await api.EvaluateAfterAsync(TimeSpan.FromMinutes(1));
        var stillAbove = await api.OutboxAsync();
        await api.EvaluateAfterAsync(TimeSpan.FromHours(2));
        var fellBelow = await api.OutboxAsync();
        var again = api.Clock.GetUtcNow();
        await api.IndexAsync([.. Enumerable.Range(0, 3).Select(i => Crash($"second-{i}", again, "OOM | small"))]);
        await api.EvaluateAfterAsync(TimeSpan.FromMinutes(1));
        var crossedAgain = await api.OutboxAsync();

        Assert.Single(crossed);
        Assert.Contains("3 crashes matched the saved search 'watched' in the last 1h, above the threshold of 2",
            crossed[0].Subject, StringComparison.Ordinal);
        Assert.Single(stillAbove);
        Assert.Single(fellBelow);
        Assert.Equal(2, crossedAgain.Count);
        Assert.Contains("second-", crossedAgain[1].TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_spike_alert_fires_on_a_planted_spike_with_its_numbers_and_stays_quiet_on_steady_traffic()
    {
        await using var api = await StartAsync();
        var everything = await api.SaveSearchAsync(api.Owner, "product:Firefox");
        var steadyOnly = await api.SaveSearchAsync(api.Owner, "signature:steady");
        await api.CreateAlertIdAsync(api.Owner,
            new { savedSearchId = everything, condition = "SPIKE", window = "1h", recipients = Recipients[..1] });
        await api.CreateAlertIdAsync(api.Owner,
            new { savedSearchId = steadyOnly, condition = "SPIKE", window = "1h", recipients = Recipients[1..] });
        var crashes = new List<Indexer.Documents.CrashDocument>();
        // Seven hours of baseline before the alert's first window [12:00, 13:00), then that window.
        for (var hour = -7; hour <= 0; hour++)
        {
            var at = Start.AddHours(hour);
            crashes.AddRange(
                Enumerable.Range(0, 20).Select(i => Crash($"steady-{hour}-{i}", at.AddMinutes(i), "steady")));
            var spiky = hour == 0 ? 60 : 2;
            crashes.AddRange(
                Enumerable.Range(0, spiky).Select(i => Crash($"spiky-{hour}-{i}", at.AddSeconds(i), "spiky")));
        }
        await api.IndexAsync([.. crashes]);

        await api.EvaluateAfterAsync(TimeSpan.FromMinutes(61));
        var fired = await api.OutboxAsync();

        var message = Assert.Single(fired);
        Assert.Equal(Recipients[0], message.Recipient);
        Assert.Contains("1 signature(s) spiked", message.Subject, StringComparison.Ordinal);
        Assert.Contains(
            "'spiky': 60 crashes against a baseline of 2 per window", message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("'steady'", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Protected_values_never_reach_a_mail_or_webhook_even_when_the_owner_may_read_them()
    {
        await using var api = await StartAsync();
        var search = await api.SaveSearchAsync(api.Owner, "user_comments:plantedmarker");
        await api.CreateAlertIdAsync(api.Owner, new
        {
            savedSearchId = search, condition = "NEW_MATCH", recipients = Recipients[..1],
            webhookUrl = "https://hooks.example/alert",
        });
        api.Clock.Advance(TimeSpan.FromSeconds(1));
        await api.IndexAsync(Crash("protected", Start, "OOM | small",
            ("user_comments", "plantedmarker in the comment"),
            ("email", "plantedmarker@private.example"),
            ("url", "https://plantedmarker.example/tab")));

        await api.EvaluateAfterAsync(Grace);
        var messages = await api.OutboxAsync();

        Assert.Equal(["email", "webhook"], messages.Select(m => m.Channel).Order(StringComparer.Ordinal));
        Assert.All(messages, m =>
        {
            Assert.Contains("protected", m.All, StringComparison.Ordinal);
            Assert.DoesNotContain("plantedmarker", m.All, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task Matches_within_min_interval_of_a_message_go_into_one_digest()
    {
        await using var api = await StartAsync();
        var search = await api.SaveSearchAsync(api.Owner, "signature:~OOM");
        await api.CreateAlertIdAsync(api.Owner,
            new { savedSearchId = search, condition = "NEW_MATCH", minInterval = "1h", recipients = Recipients[..1] });
        api.Clock.Advance(TimeSpan.FromSeconds(1));
        await api.IndexAsync(Crash("first", Start, "OOM | small"));
        await api.EvaluateAfterAsync(Grace);
        await api.IndexAsync(Crash("second", Start, "OOM | small"));
        await api.EvaluateAfterAsync(TimeSpan.FromMinutes(10));
        await api.IndexAsync(Crash("third", Start, "OOM | small"));
        await api.EvaluateAfterAsync(TimeSpan.FromMinutes(10));
        var withinInterval = await api.OutboxAsync();
        await api.EvaluateAfterAsync(TimeSpan.FromHours(1));
        var after = await api.OutboxAsync();

        Assert.Single(withinInterval);
        Assert.Equal(2, after.Count);
        Assert.Contains("2 crashes newly indexed", after[1].Subject, StringComparison.Ordinal);
        Assert.Contains("second", after[1].TextBody, StringComparison.Ordinal);
        Assert.Contains("third", after[1].TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_alert_whose_owner_key_was_revoked_is_paused_and_sends_nothing()
    {
        await using var api = await StartAsync();
        var owner = await TestKeys.CreateAsync(api.App.Services, "write", name: "leaving");
        var search = await api.SaveSearchAsync(owner, "signature:~OOM");
        var id = await api.CreateAlertIdAsync(owner,
            new { savedSearchId = search, condition = "NEW_MATCH", recipients = Recipients[..1] });
        var keys = api.App.Services.GetRequiredService<ApiKeyStore>();
        var key = await keys.FindAsync(owner, TestContext.Current.CancellationToken);
        await keys.RevokeAsync(key!.Id, TestContext.Current.CancellationToken);
        api.Clock.Advance(TimeSpan.FromSeconds(1));
        await api.IndexAsync(Crash("match", Start, "OOM | small"));

        await api.EvaluateAfterAsync(Grace);

        Assert.Empty(await api.OutboxAsync());
        var alerts = api.App.Services.GetRequiredService<AlertStore>();
        var alert = await alerts.GetAsync(id, TestContext.Current.CancellationToken);
        Assert.Equal("its owner's key is revoked", alert!.PausedReason);
    }
}
