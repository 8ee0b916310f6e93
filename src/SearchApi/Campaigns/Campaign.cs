namespace CrashSearch.SearchApi.Campaigns;

/// <summary>
/// A message an admin sent to the addresses of the crashes a saved search matches. Only counts are kept:
/// <see cref="Recipients"/> distinct addresses at the last send, <see cref="Queued"/> mails in the outbox,
/// <see cref="Suppressed"/> addresses that had opted out of campaigns at the last send.
/// </summary>
internal sealed record Campaign(
    string Id, string SavedSearchId, string Subject, string Body, string CreatedBy, DateTimeOffset CreatedAt,
    int Recipients, int Queued, int Suppressed);
