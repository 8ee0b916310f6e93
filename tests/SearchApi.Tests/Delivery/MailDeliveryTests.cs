using CrashSearch.SearchApi.Delivery;
using CrashSearch.SearchApi.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace CrashSearch.SearchApi.Tests.Delivery;

/// <summary>Mail from the outbox to a real SMTP server on loopback, through the API's own sender.</summary>
public sealed class MailDeliveryTests
{
    static OutboxMessage Mail(string key, string recipient = "dev@example.org") =>
        OutboxContract.Mail(key, recipient);

    [Fact]
    public async Task A_queued_mail_arrives_with_text_and_html_and_the_unsubscribe_headers()
    {
        await using var sink = SmtpSink.Start();
        await using var app = new DeliveryApp(sink);
        var message = Mail("alert:a1:1") with { TextBody = "3 new crashes\n", HtmlBody = "<p>3 new crashes</p>" };
        Assert.True(await app.Outbox.EnqueueAsync(message, TestContext.Current.CancellationToken));

        var mail = Assert.Single(await sink.WaitForAsync(1));
        Assert.Equal("3 new crashes", mail.Subject);
        Assert.Equal("dev@example.org", Assert.Single(mail.To.Mailboxes).Address);
        Assert.Equal("crash-search@example.org", Assert.Single(mail.From.Mailboxes).Address);
        var alternative = Assert.IsType<MultipartAlternative>(mail.Body);
        Assert.Equal("3 new crashes", alternative.TextBody?.Trim());
        Assert.Contains("<p>3 new crashes</p>", alternative.HtmlBody, StringComparison.Ordinal);
        Assert.Equal($"<{message.UnsubscribeUrl!.AbsoluteUri}>", mail.Headers[HeaderId.ListUnsubscribe]);
        Assert.Equal("List-Unsubscribe=One-Click", mail.Headers["List-Unsubscribe-Post"]);
        Assert.Equal(OutboxMail.MessageId(message.Key, new Uri(DeliveryApp.PublicBaseUrl)), mail.MessageId);
        var entry = await app.WaitForAsync(message.Key, e => e.State == OutboxState.Sent, "sent");
        Assert.Equal(1, entry.Attempts);
    }

    [Fact]
    public async Task A_text_only_mail_has_no_html_part_and_no_unsubscribe_header_without_a_link()
    {
        await using var sink = SmtpSink.Start();
        await using var app = new DeliveryApp(sink);
        var message = Mail("plain:1") with { HtmlBody = null, UnsubscribeUrl = null };
        await app.Outbox.EnqueueAsync(message, TestContext.Current.CancellationToken);

        var mail = Assert.Single(await sink.WaitForAsync(1));
        Assert.IsType<TextPart>(mail.Body);
        Assert.Null(mail.Headers[HeaderId.ListUnsubscribe]);
    }

    [Fact]
    public async Task Mail_queued_while_the_smtp_server_is_down_arrives_exactly_once_when_it_returns()
    {
        await using var sink = SmtpSink.Stopped();
        await using var app = new DeliveryApp(sink);
        var keys = Enumerable.Range(1, 5).Select(i => $"outage:{i}").ToList();
        foreach (var key in keys)
            await app.Outbox.EnqueueAsync(Mail(key), TestContext.Current.CancellationToken);

        // Several sender cycles fail against the closed port; every message keeps waiting with the reason.
        foreach (var key in keys)
        {
            var waiting = await app.WaitForAsync(key, e => e.Attempts >= 3, "three failed attempts");
            Assert.Equal(OutboxState.Pending, waiting.State);
            Assert.Contains("unreachable", waiting.LastError, StringComparison.Ordinal);
        }
        Assert.Empty(sink.Messages);

        sink.Resume();
        foreach (var key in keys)
            await app.WaitForAsync(key, e => e.State == OutboxState.Sent, "sent after the outage");
        var ids = sink.Messages.Select(m => m.MessageId).Order(StringComparer.Ordinal).ToList();
        var expected = keys.Select(k => OutboxMail.MessageId(k, new Uri(DeliveryApp.PublicBaseUrl)));
        Assert.Equal(expected.Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public async Task A_crash_between_sending_and_marking_sends_one_duplicate_with_the_same_message_id()
    {
        await using var sink = SmtpSink.Start();
        await using var app = new DeliveryApp(sink, new Dictionary<string, string?> { ["Outbox:Lease"] = "00:00:01" },
            sender: false);
        var message = Mail("alert:a1:crash");
        await app.Outbox.EnqueueAsync(message, TestContext.Current.CancellationToken);

        // A process takes the message, sends it, and dies before it records the send.
        var leases = app.Services.GetRequiredService<OutboxLeases>();
        var taken = await leases.ClaimNextAsync("process-that-dies", true, TestContext.Current.CancellationToken);
        Assert.Equal(message.Key, taken!.Message.Key);
        var mailer = app.Services.GetRequiredService<SmtpMailer>();
        Assert.Equal(DeliveryResult.Sent, await mailer.SendAsync(taken.Message, TestContext.Current.CancellationToken));

        // While its lease runs, no one else takes it; once it has run out, the next sender sends it again.
        var sender = app.NewSender();
        await Eventually.TrueAsync(
            async () => await sender.SendDueAsync(TestContext.Current.CancellationToken) > 0, "the lease to run out");
        var mails = await sink.WaitForAsync(2);
        Assert.Equal(2, mails.Count);
        Assert.Equal(mails[0].MessageId, mails[1].MessageId);
        var entry = await app.Outbox.FindAsync(message.Key, TestContext.Current.CancellationToken);
        Assert.Equal(OutboxState.Sent, entry!.State);
        Assert.Equal(0, await sender.SendDueAsync(TestContext.Current.CancellationToken));
        Assert.Equal(2, sink.Messages.Count);
    }

    [Fact]
    public async Task A_mailbox_refused_for_good_is_not_tried_again_and_keeps_the_reason()
    {
        await using var sink = SmtpSink.Start();
        sink.Refuse("gone@example.org");
        await using var app = new DeliveryApp(sink, sender: false);
        await app.Outbox.EnqueueAsync(Mail("refused:1", "gone@example.org"), TestContext.Current.CancellationToken);
        await app.Outbox.EnqueueAsync(Mail("fine:1"), TestContext.Current.CancellationToken);
        var sender = app.NewSender();

        Assert.Equal(2, await sender.SendDueAsync(TestContext.Current.CancellationToken));
        var refused = await app.Outbox.FindAsync("refused:1", TestContext.Current.CancellationToken);
        Assert.Equal((OutboxState.Failed, 1), (refused!.State, refused.Attempts));
        Assert.StartsWith("SMTP 550", refused.LastError, StringComparison.Ordinal);
        Assert.Equal(0, await sender.SendDueAsync(TestContext.Current.CancellationToken));
        Assert.Equal("dev@example.org", Assert.Single(sink.Messages).To.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task The_outbox_counts_sent_mail_on_metrics_and_names_no_address()
    {
        await using var sink = SmtpSink.Start();
        await using var app = new DeliveryApp(sink);
        await app.Outbox.EnqueueAsync(Mail("metrics:1", "counted@example.org"), TestContext.Current.CancellationToken);
        await app.WaitForAsync("metrics:1", e => e.State == OutboxState.Sent, "sent");

        var text = "";
        await Eventually.TrueAsync(async () =>
        {
            text = await app.Client.GetStringAsync("/metrics", TestContext.Current.CancellationToken);
            return text.Split('\n').Any(line =>
                line.StartsWith("crashsearch_outbox_sent_total{", StringComparison.Ordinal)
                && line.Contains("channel=\"email\"", StringComparison.Ordinal));
        }, "the sent counter on /metrics");
        Assert.Contains("crashsearch_outbox_queued_total{", text, StringComparison.Ordinal);
        Assert.DoesNotContain("counted@example.org", text, StringComparison.Ordinal);
    }
}
