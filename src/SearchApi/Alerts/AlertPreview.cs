using CrashSearch.Indexer.Queries;

namespace CrashSearch.SearchApi.Alerts;

/// <summary>How often an alert would have fired over the last days, and on what; nothing is sent.</summary>
/// <param name="From">Start of the previewed period.</param>
/// <param name="To">Its end (now).</param>
/// <param name="Firings">Each time it would have fired, oldest first.</param>
/// <param name="Signatures">The top signatures of what it would have announced.</param>
/// <param name="Crashes">Up to ten crashes it would have announced (uuids), the newest first.</param>
internal sealed record AlertPreview(
    DateTimeOffset From,
    DateTimeOffset To,
    IReadOnlyList<AlertPreviewFiring> Firings,
    IReadOnlyList<AggregationBucket> Signatures,
    IReadOnlyList<string> Crashes);
