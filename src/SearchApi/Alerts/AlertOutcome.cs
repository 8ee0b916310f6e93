namespace CrashSearch.SearchApi.Alerts;

/// <summary>One evaluation's result: what fired (null: nothing) and the state to keep.</summary>
/// <param name="Fired">What to announce; null when nothing fired.</param>
/// <param name="Watermark">The alert's new watermark.</param>
/// <param name="Firing">The new firing state (<see cref="AlertState.Firing"/>).</param>
internal sealed record AlertOutcome(AlertFiring? Fired, DateTimeOffset Watermark, string? Firing);
