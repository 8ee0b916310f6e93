namespace CrashSearch.SearchApi.Alerts;

/// <summary>Where an alert's evaluation stands (the columns of the same names in <c>alerts</c>).</summary>
/// <param name="Watermark">
/// NEW_MATCH: crashes indexed up to here were evaluated; SPIKE: the end of the last window judged; THRESHOLD: the
/// last evaluation.
/// </param>
/// <param name="PendingAt">The instant of an evaluation begun and not finished: a re-run reuses it.</param>
/// <param name="Firing">THRESHOLD: "above" while over the threshold; SPIKE: the spiking signatures, one a line.</param>
/// <param name="LastEvaluatedAt">When an evaluation last finished.</param>
/// <param name="LastSentAt">When the last messages were enqueued (minInterval counts from it).</param>
/// <param name="LastError">Why the last evaluation failed; null once one succeeds.</param>
internal sealed record AlertState(
    DateTimeOffset Watermark,
    DateTimeOffset? PendingAt,
    string? Firing,
    DateTimeOffset? LastEvaluatedAt,
    DateTimeOffset? LastSentAt,
    string? LastError);
