namespace CrashSearch.SearchApi.Health;

/// <summary>The demo part of <c>/health/ready</c>: the first-start ingest and how far it got.</summary>
internal sealed record DemoReadiness(string State, string Source, long? Ingested, long? Quarantined, string? Failure);
