using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace CrashSearch.SearchApi.Delivery;

/// <summary>POSTs one outbox webhook with its signature, and says whether to try again.</summary>
internal sealed class WebhookSender(IHttpClientFactory clients, TimeProvider time)
{
    public const string ClientName = "CrashSearch.Webhooks";

    public const string DeliveryHeader = "X-CrashSearch-Delivery";

    public async Task<DeliveryResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var body = message.JsonBody ?? "{}";
        using var request = new HttpRequestMessage(HttpMethod.Post, message.Recipient)
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        // The same on every attempt: a receiver can drop the duplicate a crash between sending and marking may cause.
        request.Headers.Add(DeliveryHeader, message.Key);
        if (!string.IsNullOrEmpty(message.WebhookSecret))
            request.Headers.Add(WebhookSignature.Header,
                WebhookSignature.Compute(message.WebhookSecret, timestamp, body));
        try
        {
            using var client = clients.CreateClient(ClientName);
            using var response = await client.SendAsync(request, cancellationToken);
            return Outcome(response.StatusCode);
        }
        catch (Exception e) when (e is HttpRequestException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return DeliveryResult.Retry("webhook unreachable", $"The webhook could not be reached: {e.Message}");
        }
    }

    static DeliveryResult Outcome(HttpStatusCode status)
    {
        var code = (int)status;
        if (code is >= 200 and < 300)
            return DeliveryResult.Sent;
        var said = $"HTTP {code}";
        return code is 408 or 429 or >= 500
            ? DeliveryResult.Retry("webhook " + code, $"The webhook answered {said}.")
            : DeliveryResult.Refused("webhook " + code,
                $"The webhook answered {said}" + (code is >= 300 and < 400 ? " (redirects are not followed)." : "."));
    }
}
