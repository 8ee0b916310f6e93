using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace CrashSearch.SearchApi.Tests.Support;

/// <summary>
/// A real SMTP server on loopback (the SmtpServer package, in-process) that keeps every mail it accepts. It can be
/// stopped and started again on the same port (an outage), and refuse chosen mailboxes with 550.
/// </summary>
public sealed class SmtpSink : IMessageStore, IMailboxFilter, IAsyncDisposable
{
    readonly ConcurrentQueue<MimeMessage> _messages = new();
    readonly ConcurrentDictionary<string, bool> _refused = new(StringComparer.OrdinalIgnoreCase);
    CancellationTokenSource? _running;
    Task? _server;

    SmtpSink(int port) => Port = port;

    public int Port { get; }

    /// <summary>Every mail accepted so far, in arrival order.</summary>
    public IReadOnlyList<MimeMessage> Messages => [.. _messages];

    /// <summary>A sink on a free loopback port, already listening.</summary>
    public static SmtpSink Start()
    {
        var sink = new SmtpSink(FreePort());
        sink.Resume();
        return sink;
    }

    /// <summary>A port on which nothing listens yet: the sink starts there later with <see cref="Resume"/>.</summary>
    public static SmtpSink Stopped() => new(FreePort());

    /// <summary>Answers 550 (no such mailbox) for <paramref name="address"/> from now on.</summary>
    public void Refuse(string address) => _refused[address] = true;

    /// <summary>Starts listening (again) on <see cref="Port"/>.</summary>
    public void Resume()
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("smtp-sink.test")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new ServiceProvider();
        services.Add((IMessageStore)this);
        services.Add((IMailboxFilter)this);
        _running = new CancellationTokenSource();
        _server = new SmtpServer.SmtpServer(options, services).StartAsync(_running.Token);
    }

    /// <summary>Stops listening: connections are refused until <see cref="Resume"/>.</summary>
    public async Task StopAsync()
    {
        if (_running is null)
            return;
        await _running.CancelAsync();
        try
        {
            await _server!;
        }
        catch (OperationCanceledException)
        {
        }
        _running.Dispose();
        _running = null;
    }

    /// <summary>Waits (with <see cref="Eventually"/>'s limit) until at least <paramref name="count"/> mails arrived.
    /// </summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(int count)
    {
        await Eventually.TrueAsync(() => _messages.Count >= count, $"{count} mails at the SMTP sink");
        return Messages;
    }

    public async Task<SmtpResponse> SaveAsync(
        ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer,
        CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(buffer.ToArray());
        _messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
        return SmtpResponse.Ok;
    }

    public Task<bool> CanAcceptFromAsync(
        ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken) =>
        Task.FromResult(true);

    public Task<bool> CanDeliverToAsync(
        ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
        Task.FromResult(!_refused.ContainsKey(to.AsAddress()));

    public async ValueTask DisposeAsync() => await StopAsync();

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
