namespace CrashSearch.SearchApi.Analysis;

/// <summary>The JSON body of <c>/api/Correlations</c>; <see cref="Errors"/> names what was withheld.</summary>
internal sealed record CorrelationAnswer(
    IReadOnlyList<Correlation> Correlations, long GroupTotal, long ReferenceTotal, IReadOnlyList<string> Errors);
