using CrashSearch.Indexer.Queries.Building;
using CrashSearch.SearchApi.Delivery;
using CrashSearch.SearchApi.Keys;
using CrashSearch.SearchApi.SavedSearches;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.Alerts;

/// <summary>
/// Evaluates every active alert each <see cref="AlertsOptions.EvaluationInterval"/> (docs/alerts.md). An alert is
/// evaluated by the process holding its lease; an evaluation first records its instant, then enqueues its messages
/// under keys derived from that instant, then records its new state, so an evaluation cut short anywhere is redone
/// at the same instant with the same keys and the outbox stores nothing twice. A failure is logged, kept on the
/// alert and retried at the next cycle.
/// </summary>
internal sealed class AlertEvaluator(
    AlertStore alerts,
    SavedSearchStore savedSearches,
    ApiKeyStore keys,
    AlertMatcher matcher,
    AlertMessages messages,
    Outbox outbox,
    IOptions<AlertsOptions> options,
    TimeProvider time,
    ILogger<AlertEvaluator> logger) : BackgroundService
{
    /// <summary>This process as a lease holder: unique even when several API processes share a store.</summary>
    readonly string _holder = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.EvaluationInterval, time);
        do
        {
            await EvaluateAllAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One cycle: every active alert this process can lease.</summary>
    public async Task EvaluateAllAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<string> ids;
        try
        {
            ids = await alerts.ListActiveIdsAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            SearchApiLog.AlertCycleFailed(logger, e);
            return;
        }
        foreach (var id in ids)
        {
            try
            {
                await EvaluateAsync(id, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                SearchApiLog.AlertEvaluationFailed(logger, id, e);
                await RecordErrorAsync(id, e, cancellationToken);
            }
        }
    }

    async Task EvaluateAsync(string id, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!await alerts.TryLeaseAsync(id, _holder, time.GetUtcNow() + settings.LeaseDuration, cancellationToken))
            return;
        try
        {
            if (await alerts.GetAsync(id, cancellationToken) is not { PausedReason: null } alert)
                return;
            await EvaluateAsync(alert, settings, cancellationToken);
        }
        catch (AlertPausedException e)
        {
            SearchApiLog.AlertPaused(logger, id, e.Message);
            await alerts.PauseAsync(id, e.Message, cancellationToken);
        }
        finally
        {
            // Released even when stopping: another process may take the alert over at once.
            await alerts.ReleaseAsync(id, _holder, CancellationToken.None);
        }
    }

    async Task EvaluateAsync(Alert alert, AlertsOptions settings, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var rights = await OwnerRightsAsync(alert, now, cancellationToken);
        var search = await savedSearches.GetAsync(alert.Rule.SavedSearchId, cancellationToken);
        if (search is null)
            throw new AlertPausedException("its saved search was deleted");
        if (!search.IsReadableBy(alert.Owner))
            throw new AlertPausedException("its saved search is no longer readable by the alert's owner");
        var at = alert.State.PendingAt;
        if (at is null)
        {
            // Within minInterval of the last message nothing is judged: what fires meanwhile goes into the next one.
            if (alert.State.LastSentAt is { } sent && now < sent + alert.Rule.MinIntervalLength)
                return;
            at = AlertMatcher.NextAt(alert, now, settings.IndexingGrace);
            if (at is null || !await alerts.BeginAsync(alert.Id, _holder, at.Value, cancellationToken))
                return;
        }
        var outcome = await matcher.EvaluateAsync(alert, search, rights, at.Value, cancellationToken);
        var lastSent = alert.State.LastSentAt;
        if (outcome.Fired is { } fired)
        {
            foreach (var message in messages.For(alert, search, fired))
                await outbox.EnqueueAsync(message, cancellationToken);
            lastSent = now;
            SearchApiLog.AlertFired(logger, alert.Id, fired.Count);
        }
        var state = new AlertState(outcome.Watermark, null, outcome.Firing, now, lastSent, null);
        await alerts.FinishAsync(alert.Id, _holder, state, cancellationToken);
    }

    /// <summary>What the owner's key may read now; an owner without a usable key pauses the alert.</summary>
    async Task<SearchRights> OwnerRightsAsync(Alert alert, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var key = await keys.GetAsync(alert.Owner, cancellationToken);
        if (key is null || !key.IsUsableAt(now))
            throw new AlertPausedException($"its owner's key is {key?.StateAt(now) ?? "deleted"}");
        return new SearchRights(key.Scopes.Any(s => ApiKeyScopes.Grants(s, ApiKeyScopes.ReadProtected)));
    }

    async Task RecordErrorAsync(string id, Exception error, CancellationToken cancellationToken)
    {
        try
        {
            await alerts.RecordErrorAsync(id, "The last evaluation failed; it is retried: " + error.Message,
                cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The store itself is down: the evaluation failure was logged, and this one is too.
            SearchApiLog.AlertCycleFailed(logger, e);
        }
    }
}
