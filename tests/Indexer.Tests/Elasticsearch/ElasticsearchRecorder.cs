using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CrashSearch.Tests;

/// <summary>
/// A stand-in Elasticsearch node on a loopback port (real HTTP): it records every request and answers with recorded
/// response bodies, always with <c>X-Elastic-Product: Elasticsearch</c> as the client's product check requires.
/// Replies are chosen by method and path prefix, the latest added first; one added with a count is used that many
/// times. Without a matching reply, GET answers 404 (nothing installed yet) and other methods 200
/// <c>{"acknowledged":true}</c>.
/// </summary>
public sealed class ElasticsearchRecorder : IDisposable
{
    readonly HttpListener _listener = new();
    readonly Lock _gate = new();
    readonly List<Reply> _replies = [];
    readonly List<RecordedRequest> _requests = [];
    readonly Task _loop;

    public ElasticsearchRecorder()
    {
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}";

    /// <summary>Every request so far, in order.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
                return [.. _requests];
        }
    }

    /// <summary>Requests as <c>METHOD /path?query</c> lines.</summary>
    public string[] Lines => [.. Requests.Select(r => $"{r.Method} {r.Path}")];

    /// <summary>
    /// Answers requests of <paramref name="method"/> whose path starts with <paramref name="pathPrefix"/>.
    /// </summary>
    public ElasticsearchRecorder On(string method, string pathPrefix, int status, string body, int times = int.MaxValue,
        TimeSpan? delay = null)
    {
        lock (_gate)
            _replies.Insert(0, new Reply(method, pathPrefix, status, body, delay) { Left = times });
        return this;
    }

    async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            _ = Task.Run(() => HandleAsync(context));
        }
    }

    async Task HandleAsync(HttpListenerContext context)
    {
        try
        {
            // The client compresses request bodies.
            using var input = context.Request.Headers["Content-Encoding"] == "gzip"
                ? new GZipStream(context.Request.InputStream, CompressionMode.Decompress)
                : context.Request.InputStream;
            using var reader = new StreamReader(input, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var recorded = new RecordedRequest(context.Request.HttpMethod, context.Request.Url!.PathAndQuery, body);
            Reply? reply;
            lock (_gate)
            {
                _requests.Add(recorded);
                reply = _replies.FirstOrDefault(r => r.Left > 0 && r.Method == recorded.Method
                    && recorded.Path.StartsWith(r.PathPrefix, StringComparison.Ordinal));
                if (reply is not null)
                    reply.Left--;
            }
            if (reply?.Delay is { } delay)
                await Task.Delay(delay);
            var (status, answer) = reply is not null ? (reply.Status, reply.Body)
                : recorded.Method is "GET" or "HEAD" ? (404, """{"error":{"type":"index_not_found_exception","reason":"no such index"},"status":404}""")
                : (200, """{"acknowledged":true}""");
            var bytes = Encoding.UTF8.GetBytes(answer);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            context.Response.Headers["X-Elastic-Product"] = "Elasticsearch";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException)
        {
            // The client gave up (a timeout test): nothing to answer.
        }
        finally
        {
            context.Response.Close();
        }
    }

    static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends with the listener.
        }
    }

    sealed record Reply(string Method, string PathPrefix, int Status, string Body, TimeSpan? Delay)
    {
        public int Left { get; set; }
    }
}

/// <summary>One request the recorder received.</summary>
public sealed record RecordedRequest(string Method, string Path, string Body);
