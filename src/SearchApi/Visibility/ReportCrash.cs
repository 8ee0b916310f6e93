namespace CrashSearch.SearchApi.Visibility;

/// <summary>One crash as a report lists it.</summary>
internal sealed record ReportCrash(
    string Uuid, DateTimeOffset Date, string? Product, string? Version, string? Platform);
