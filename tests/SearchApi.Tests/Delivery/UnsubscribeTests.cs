using System.Net;
using CrashSearch.SearchApi.Delivery;
using CrashSearch.SearchApi.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CrashSearch.SearchApi.Tests.Delivery;

/// <summary>The unsubscribe link of a mail, followed through the API's HTTP door, without a key.</summary>
public sealed class UnsubscribeTests
{
    static OutboxMessage Mail(string key, string topic, string recipient = "dev@example.org") =>
        OutboxContract.Mail(key, recipient) with { Topic = topic };

    static string PathOf(Uri link) => link.PathAndQuery;

    static Task<HttpResponseMessage> OneClickAsync(DeliveryApp app, string pathAndQuery) =>
        app.Client.PostAsync(pathAndQuery,
            new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]), TestContext.Current.CancellationToken);

    [Fact]
    public async Task Unsubscribing_through_the_link_stops_later_mails_of_that_topic_and_no_other()
    {
        await using var sink = SmtpSink.Start();
        await using var app = new DeliveryApp(sink);
        var link = app.Services.GetRequiredService<UnsubscribeLinks>()
            .For("Dev@Example.org", "alert:a1", "alert 'OOM on release' (saved search 'OOM')");
        Assert.StartsWith(DeliveryApp.PublicBaseUrl + "unsubscribe?token=", link.AbsoluteUri, StringComparison.Ordinal);

        // Opening the link (a person, or a mail scanner) only shows what the button would stop.
        using var page = await app.Client.GetAsync(PathOf(link), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("alert &#x27;OOM on release&#x27; (saved search &#x27;OOM&#x27;)", html,
            StringComparison.Ordinal);
        Assert.Contains("<form method=\"post\">", html, StringComparison.Ordinal);
        await app.Outbox.EnqueueAsync(Mail("before", "alert:a1"), TestContext.Current.CancellationToken);
        await app.WaitForAsync("before", e => e.State == OutboxState.Sent, "sent: opening the link stopped nothing");

        using var done = await OneClickAsync(app, PathOf(link));
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Contains("will no longer receive alert &#x27;OOM on release&#x27;",
            await done.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        await app.Outbox.EnqueueAsync(Mail("after", "alert:a1"), TestContext.Current.CancellationToken);
        await app.Outbox.EnqueueAsync(Mail("other", "alert:a2"), TestContext.Current.CancellationToken);
        await app.WaitForAsync("after", e => e.State == OutboxState.Suppressed, "suppressed");
        await app.WaitForAsync("other", e => e.State == OutboxState.Sent, "sent");
        Assert.Equal(2, sink.Messages.Count);
    }

    [Fact]
    public async Task The_campaigns_opt_out_stops_every_campaign_but_not_alerts()
    {
        await using var sink = SmtpSink.Start();
        await using var app = new DeliveryApp(sink, sender: false);
        var link = app.Services.GetRequiredService<UnsubscribeLinks>()
            .For("dev@example.org", Unsubscriptions.Campaigns, "all messages from the Crash Search team");
        using var done = await OneClickAsync(app, PathOf(link));
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);

        await app.Outbox.EnqueueAsync(Mail("campaign:c1:dev", "campaign:c1"), TestContext.Current.CancellationToken);
        await app.Outbox.EnqueueAsync(Mail("alert:a1:1", "alert:a1"), TestContext.Current.CancellationToken);
        Assert.Equal(2, await app.NewSender().SendDueAsync(TestContext.Current.CancellationToken));
        var campaign = await app.Outbox.FindAsync("campaign:c1:dev", TestContext.Current.CancellationToken);
        Assert.Equal((OutboxState.Suppressed, 0), (campaign!.State, campaign.Attempts));
        Assert.Equal(OutboxMail.MessageId("alert:a1:1", new Uri(DeliveryApp.PublicBaseUrl)),
            Assert.Single(sink.Messages).MessageId);
    }

    [Fact]
    public async Task A_tampered_token_is_refused_with_400_and_unsubscribes_no_one()
    {
        await using var sink = SmtpSink.Start();
        await using var app = new DeliveryApp(sink);
        var link = app.Services.GetRequiredService<UnsubscribeLinks>().For("dev@example.org", "alert:a1", "alert 'x'");
        var token = Uri.UnescapeDataString(link.Query["?token=".Length..]);
        var tampered = "/unsubscribe?token="
            + Uri.EscapeDataString(token[..^4] + (token[^4] == 'x' ? 'y' : 'x') + token[^3..]);

        using var page = await app.Client.GetAsync(tampered, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("not valid", await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            StringComparison.Ordinal);
        using var post = await OneClickAsync(app, tampered);
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        using var none = await OneClickAsync(app, "/unsubscribe");
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);

        await app.Outbox.EnqueueAsync(Mail("still", "alert:a1"), TestContext.Current.CancellationToken);
        await app.WaitForAsync("still", e => e.State == OutboxState.Sent, "sent");
    }
}
