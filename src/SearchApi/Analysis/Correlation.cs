namespace CrashSearch.SearchApi.Analysis;

/// <summary>
/// One attribute value's share in the searched crashes against the reference set, with the significance of the
/// difference (<see cref="CorrelationScore"/>).
/// </summary>
internal sealed record Correlation(
    string Field,
    string Value,
    long GroupCount,
    double GroupPercent,
    long ReferenceCount,
    double ReferencePercent,
    double Score);
