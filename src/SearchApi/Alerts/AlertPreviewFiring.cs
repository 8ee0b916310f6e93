namespace CrashSearch.SearchApi.Alerts;

/// <summary>One time a previewed alert would have fired.</summary>
/// <param name="At">When.</param>
/// <param name="Count">The crashes it would have been about (SPIKE: in the spiking signatures).</param>
/// <param name="Signatures">SPIKE: the signatures that spiked; otherwise empty.</param>
internal sealed record AlertPreviewFiring(DateTimeOffset At, long Count, IReadOnlyList<string> Signatures);
