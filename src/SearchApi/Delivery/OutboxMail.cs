using System.Security.Cryptography;
using System.Text;
using MimeKit;

namespace CrashSearch.SearchApi.Delivery;

/// <summary>The MIME message of an outbox mail: text, and HTML beside it when given, with the list headers.</summary>
internal static class OutboxMail
{
    /// <summary>
    /// The <c>Message-ID</c> of the mail stored under <paramref name="key"/>: the same on every attempt, so that a
    /// duplicate sent after a crash is recognisably the same mail (and threads and filters treat it so).
    /// </summary>
    public static string MessageId(string key, Uri publicBaseUrl)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        return $"{hash[..32]}@{publicBaseUrl.Host}";
    }

    public static MimeMessage Build(
        OutboxMessage message, MailboxAddress from, Uri publicBaseUrl, DateTimeOffset date)
    {
        var mail = new MimeMessage
        {
            Subject = message.Subject,
            MessageId = MessageId(message.Key, publicBaseUrl),
            Date = date,
        };
        mail.From.Add(from);
        mail.To.Add(MailboxAddress.Parse(message.Recipient));
        // Out-of-office replies and auto-responders stay quiet for machine-made mail (RFC 3834).
        mail.Headers.Add("Auto-Submitted", "auto-generated");
        if (message.UnsubscribeUrl is { } unsubscribe)
        {
            mail.Headers.Add(HeaderId.ListUnsubscribe, $"<{unsubscribe.AbsoluteUri}>");
            mail.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        var body = new BodyBuilder { TextBody = message.TextBody };
        if (message.HtmlBody is not null)
            body.HtmlBody = message.HtmlBody;
        mail.Body = body.ToMessageBody();
        return mail;
    }
}
