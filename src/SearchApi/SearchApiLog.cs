using CrashSearch.SearchApi.Delivery;

namespace CrashSearch.SearchApi;

/// <summary>Every log message of the API host, in one place.</summary>
internal static partial class SearchApiLog
{
    [LoggerMessage(1, LogLevel.Error, "GraphQL field {Field} failed")]
    public static partial void GraphQLFailed(ILogger logger, string field, Exception exception);

    [LoggerMessage(2, LogLevel.Information, "Crash Search is serving {Index} ({Mode}) at {Address}\n"
        + "  Web UI       {Address}/\n"
        + "  GraphQL      {Address}/graphql\n"
        + "  GraphiQL     {Address}/graphiql\n"
        + "  SuperSearch  {Address}/api/SuperSearch?_facets=signature&_results_number=5\n"
        + "  Health       {Address}/health and {Address}/health/ready")]
    public static partial void Serving(ILogger logger, string index, string mode, string address);

    [LoggerMessage(3, LogLevel.Information,
        "Demo: the index is empty; ingesting {Count} synthetic crashes in the background (searchable as they arrive)")]
    public static partial void DemoIngestStarting(ILogger logger, int count);

    [LoggerMessage(4, LogLevel.Information,
        "Demo: the index already holds {Count} crashes from an earlier start or another source; nothing to ingest")]
    public static partial void DemoIngestSkipped(ILogger logger, long count);

    [LoggerMessage(5, LogLevel.Information,
        "Demo: ingested {Ingested} crashes ({Quarantined} quarantined) in {Seconds:0.0} s")]
    public static partial void DemoIngestDone(ILogger logger, long ingested, long quarantined, double seconds);

    [LoggerMessage(7, LogLevel.Information,
        "Demo: the previous start was stopped while ingesting; ingesting the {Count} synthetic crashes again "
        + "(crashes already indexed are replaced)")]
    public static partial void DemoIngestResuming(ILogger logger, int count);

    [LoggerMessage(6, LogLevel.Error, "Demo: ingesting synthetic crashes failed")]
    public static partial void DemoIngestFailed(ILogger logger, Exception exception);

    // Delivery (40-49). Message keys and topics name alerts and campaigns, never an address, subject or body.
    [LoggerMessage(40, LogLevel.Warning,
        "Mail is not configured (no Smtp:Host): mails stay queued in the outbox until it is; webhooks are sent")]
    public static partial void MailNotConfigured(ILogger logger);

    [LoggerMessage(41, LogLevel.Information, "Outbox: sent {Key} ({Channel})")]
    public static partial void OutboxSent(ILogger logger, string key, OutboxChannel channel);

    [LoggerMessage(42, LogLevel.Warning,
        "Outbox: {Key} failed ({Kind}), attempt {Attempts}; trying again at {Due:u}")]
    public static partial void OutboxRetrying(
        ILogger logger, string key, string kind, int attempts, DateTimeOffset due);

    [LoggerMessage(43, LogLevel.Warning,
        "Outbox: {Key} was refused for good ({Kind}); kept in the outbox with the reason")]
    public static partial void OutboxRefused(ILogger logger, string key, string kind);

    [LoggerMessage(44, LogLevel.Information, "Outbox: {Key} not sent: the recipient unsubscribed from {Topic}")]
    public static partial void OutboxSuppressed(ILogger logger, string key, string topic);

    [LoggerMessage(45, LogLevel.Error,
        "Outbox: looking for due messages failed; they stay queued and are looked for again")]
    public static partial void OutboxCycleFailed(ILogger logger, Exception exception);

    [LoggerMessage(46, LogLevel.Information, "Unsubscribed from {Topic}")]
    public static partial void Unsubscribed(ILogger logger, string topic);
}
