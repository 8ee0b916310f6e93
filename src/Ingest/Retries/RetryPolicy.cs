using CrashSearch.Ingest.Metrics;
using CrashSearch.Ingest.Sources;
using Microsoft.Extensions.Logging;

namespace CrashSearch.Ingest.Retries;

/// <summary>
/// Runs a source operation, retrying it while it fails transiently (as the source's classifier says) with
/// exponential back-off and jitter: the delay is drawn between half and all of
/// <c>min(InitialDelay * 2^(attempt-1), MaxDelay)</c>, so that many workers do not reconnect in step. Every
/// retry is logged and counted; past <see cref="RetryOptions.GiveUpAfter"/> the failure stops the run.
/// </summary>
internal sealed class RetryPolicy(RetryOptions options, TimeProvider time, ILogger logger, IngestMetrics? metrics = null)
{
    /// <exception cref="CrashSourceException">The operation kept failing past the time limit.</exception>
    public async Task<T> RunAsync<T>(
        string source, string operation, Func<CancellationToken, Task<T>> action, Func<Exception, bool> isTransient, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var result = await action(cancellationToken).ConfigureAwait(false);
                if (attempt > 1)
                    IngestLog.Recovered(logger, source, operation, attempt);
                return result;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && isTransient(e))
            {
                var delay = Delay(attempt);
                var elapsed = time.GetElapsedTime(started);
                if (elapsed + delay > options.GiveUpAfter)
                    throw new CrashSourceException($"{source}: {operation} still fails after {attempt} attempts over {elapsed.TotalSeconds:F0} s: {e.Message}", e);
                IngestLog.Retrying(logger, source, operation, e.Message, attempt, (long)delay.TotalMilliseconds);
                metrics?.AddRetry(source);
                await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The pause before retry number <paramref name="attempt"/>.</summary>
    public TimeSpan Delay(int attempt)
    {
        var exponent = Math.Min(attempt - 1, 30);
        var ceiling = Math.Min(options.InitialDelay.TotalMilliseconds * Math.Pow(2, exponent), options.MaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(ceiling * (0.5 + (Random.Shared.NextDouble() / 2)));
    }
}
