using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CrashSearch.SearchApi.Delivery;
using CrashSearch.SearchApi.Tests.Support;

namespace CrashSearch.SearchApi.Tests.Delivery;

/// <summary>Webhooks from the outbox to a real HTTP receiver (Kestrel on loopback).</summary>
public sealed class WebhookDeliveryTests
{
    const string Secret = "webhook-secret-1";

    static OutboxMessage Hook(string key, Uri url) => new()
    {
        Key = key,
        Channel = OutboxChannel.Webhook,
        Recipient = url.AbsoluteUri,
        Topic = "alert:a1",
        JsonBody = """{"text":"3 new crashes match 'OOM'"}""",
        WebhookSecret = Secret,
    };

    [Fact]
    public async Task A_webhook_is_signed_and_retried_after_a_500_until_it_succeeds()
    {
        await using var receiver = await WebhookReceiver.StartAsync(failFirst: 2, failStatus: 500);
        await using var app = new DeliveryApp(sink: null);
        var hook = Hook("hook:1", receiver.Url);
        await app.Outbox.EnqueueAsync(hook, TestContext.Current.CancellationToken);

        var entry = await app.WaitForAsync(hook.Key, e => e.State == OutboxState.Sent, "sent");
        Assert.Equal(3, entry.Attempts);
        var calls = receiver.Received;
        Assert.Equal([500, 500, 204], calls.Select(c => c.AnsweredStatus));
        foreach (var call in calls)
        {
            Assert.Equal(hook.JsonBody, call.Body);
            Assert.StartsWith("application/json", call.ContentType, StringComparison.Ordinal);
            Assert.Equal(hook.Key, call.Delivery);
            // What a receiver does: HMAC-SHA256 of "<timestamp>.<body>" with the shared secret.
            var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret),
                Encoding.UTF8.GetBytes($"{call.Timestamp}.{call.Body}"));
            Assert.Equal("sha256=" + Convert.ToHexStringLower(mac), call.Signature);
        }
    }

    [Fact]
    public async Task A_webhook_answering_404_is_refused_for_good_with_the_reason()
    {
        await using var receiver = await WebhookReceiver.StartAsync(failFirst: 100, failStatus: 404);
        await using var app = new DeliveryApp(sink: null, sender: false);
        await app.Outbox.EnqueueAsync(Hook("hook:gone", receiver.Url), TestContext.Current.CancellationToken);
        var sender = app.NewSender();

        Assert.Equal(1, await sender.SendDueAsync(TestContext.Current.CancellationToken));
        var entry = await app.Outbox.FindAsync("hook:gone", TestContext.Current.CancellationToken);
        Assert.Equal((OutboxState.Failed, 1), (entry!.State, entry.Attempts));
        Assert.Contains("HTTP 404", entry.LastError, StringComparison.Ordinal);
        Assert.Equal(0, await sender.SendDueAsync(TestContext.Current.CancellationToken));
        Assert.Single(receiver.Received);
    }

    [Fact]
    public async Task Without_smtp_webhooks_go_out_while_mail_waits_and_readiness_says_so_without_turning_503()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var app = new DeliveryApp(sink: null);
        await app.Outbox.EnqueueAsync(OutboxContract.Mail("mail:waits"), TestContext.Current.CancellationToken);
        await app.Outbox.EnqueueAsync(Hook("hook:goes", receiver.Url), TestContext.Current.CancellationToken);

        await app.WaitForAsync("hook:goes", e => e.State == OutboxState.Sent, "sent");
        var mail = await app.Outbox.FindAsync("mail:waits", TestContext.Current.CancellationToken);
        Assert.Equal((OutboxState.Pending, 0), (mail!.State, mail.Attempts));

        using var response = await app.Client.GetAsync("/health/ready", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var outbox = (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken))
            .GetProperty("outbox");
        Assert.False(outbox.GetProperty("mailConfigured").GetBoolean());
        Assert.Equal(1, outbox.GetProperty("pending").GetInt64());
        Assert.Contains("Smtp:Host", outbox.GetProperty("note").GetString(), StringComparison.Ordinal);
    }
}
