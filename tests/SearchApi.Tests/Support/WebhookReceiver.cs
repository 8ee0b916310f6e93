using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace CrashSearch.SearchApi.Tests.Support;

/// <summary>
/// A real HTTP server (Kestrel on a loopback port) that records every webhook POSTed to <see cref="Url"/>. It answers
/// <c>failStatus</c> to the first <c>failFirst</c> calls, then 204.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    readonly ConcurrentQueue<ReceivedWebhook> _received = new();
    readonly WebApplication _app;
    int _failuresLeft;

    WebhookReceiver(int failFirst, int failStatus)
    {
        _failuresLeft = failFirst;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapPost("/hook", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            var status = Interlocked.Decrement(ref _failuresLeft) >= 0 ? failStatus : StatusCodes.Status204NoContent;
            var headers = context.Request.Headers;
            _received.Enqueue(new ReceivedWebhook(body, context.Request.ContentType,
                headers["X-CrashSearch-Signature"], headers["X-CrashSearch-Timestamp"],
                headers["X-CrashSearch-Delivery"], status));
            return Results.StatusCode(status);
        });
    }

    public Uri Url { get; private set; } = null!;

    public IReadOnlyList<ReceivedWebhook> Received => [.. _received];

    public static async Task<WebhookReceiver> StartAsync(int failFirst = 0, int failStatus = 500)
    {
        var receiver = new WebhookReceiver(failFirst, failStatus);
        await receiver._app.StartAsync(TestContext.Current.CancellationToken);
        var address = receiver._app.Urls.Single();
        receiver.Url = new Uri(address.TrimEnd('/') + "/hook");
        return receiver;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
