namespace CrashSearch.SearchApi.Analysis;

/// <summary>
/// The answer of <see cref="Correlator"/>: the correlations, best first, the sizes of both sets, and the messages of
/// what was withheld for lack of the read-protected right (fields or search terms).
/// </summary>
internal sealed record CorrelationReport(
    IReadOnlyList<Correlation> Correlations, long GroupTotal, long ReferenceTotal, IReadOnlyList<string> Withheld);
