using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CrashSearch.SearchApi.Delivery;

/// <summary>Sends one outbox mail over SMTP with MailKit, and says whether to try again.</summary>
internal sealed class SmtpMailer(IOptions<SmtpOptions> options, PublicUrls urls, TimeProvider time)
{
    public async Task<DeliveryResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        using var mail = OutboxMail.Build(message, MailboxAddress.Parse(smtp.From!), urls.BaseUrl, time.GetUtcNow());
        using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(smtp.Host!, smtp.Port, Socket(smtp.Security), cancellationToken);
            if (!string.IsNullOrEmpty(smtp.UserName))
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
            await client.SendAsync(mail, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            return DeliveryResult.Sent;
        }
        catch (SmtpCommandException e) when (IsRefusal(e))
        {
            return DeliveryResult.Refused($"smtp {(int)e.StatusCode}", $"SMTP {(int)e.StatusCode}: {e.Message}");
        }
        catch (SmtpCommandException e)
        {
            return DeliveryResult.Retry($"smtp {(int)e.StatusCode}", $"SMTP {(int)e.StatusCode}: {e.Message}");
        }
        catch (AuthenticationException e)
        {
            // A wrong password is the operator's to fix; the mail waits for it. MailKit's message holds no secret.
            return DeliveryResult.Retry("smtp authentication", $"SMTP authentication failed: {e.Message}");
        }
        catch (Exception e) when (e is SocketException or IOException or SmtpProtocolException
            or ServiceNotConnectedException or SslHandshakeException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return DeliveryResult.Retry("smtp unreachable", $"SMTP server unreachable: {e.Message}");
        }
    }

    // 5xx about this recipient or this message (550 no such mailbox, 554 rejected) will not change by waiting. A
    // 5xx about the sender (Smtp:From) is the configuration's fault and would refuse every mail: those wait instead.
    static bool IsRefusal(SmtpCommandException e) =>
        (int)e.StatusCode >= 500
        && e.ErrorCode is SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted;

    static SecureSocketOptions Socket(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
