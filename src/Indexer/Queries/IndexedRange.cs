namespace CrashSearch.Indexer.Queries;

/// <summary>
/// Crashes indexed (added, or replaced by indexing their uuid again) in (<paramref name="After"/>,
/// <paramref name="UpTo"/>] by the clock of the index that wrote them, whatever their <c>date</c>: what an alert
/// on new matches asks for. See <see cref="ICrashIndex"/> for when such a crash becomes visible.
/// </summary>
/// <param name="After">Exclusive lower bound.</param>
/// <param name="UpTo">Inclusive upper bound.</param>
public sealed record IndexedRange(DateTimeOffset After, DateTimeOffset UpTo);
