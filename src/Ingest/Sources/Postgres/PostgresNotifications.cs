using Microsoft.Extensions.Logging;
using Npgsql;

namespace CrashSearch.Ingest.Sources.Postgres;

/// <summary>
/// LISTENs on the channel the DDL's trigger notifies on insert, on a connection of its own, so that a following
/// source wakes up as soon as a crash is committed. Polling is the fallback: a wait never lasts longer than the
/// poll interval, and while the connection is down (server restart) the source simply polls, reconnecting at
/// the next wait.
/// </summary>
internal sealed class PostgresNotifications(NpgsqlDataSource dataSource, string channel, string source, ILogger logger, TimeProvider time) : IAsyncDisposable
{
    NpgsqlConnection? _connection;

    /// <summary>Starts listening if not listening yet; failures only mean polling for now.</summary>
    public async Task ListenAsync(CancellationToken cancellationToken)
    {
        if (_connection is not null)
            return;
        try
        {
            _connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            var command = new NpgsqlCommand($"LISTEN \"{channel}\"", _connection);
            await using (command.ConfigureAwait(false))
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (NpgsqlException e)
        {
            await FailedAsync(e).ConfigureAwait(false);
        }
    }

    /// <summary>Returns when a notification arrives or <paramref name="timeout"/> has passed.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        await ListenAsync(cancellationToken).ConfigureAwait(false);
        if (_connection is not null)
        {
            try
            {
                await _connection.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (Exception e) when (e is NpgsqlException or IOException or TimeoutException)
            {
                await FailedAsync(e).ConfigureAwait(false);
            }
        }
        var left = timeout - time.GetElapsedTime(started);
        if (left > TimeSpan.Zero)
            await Task.Delay(left, time, cancellationToken).ConfigureAwait(false);
    }

    async Task FailedAsync(Exception e)
    {
        IngestLog.ListenFailed(logger, source, e.Message);
        if (_connection is not null)
            await _connection.DisposeAsync().ConfigureAwait(false);
        _connection = null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
            await _connection.DisposeAsync().ConfigureAwait(false);
        _connection = null;
    }
}
