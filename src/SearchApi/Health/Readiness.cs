using CrashSearch.SearchApi.Delivery;

namespace CrashSearch.SearchApi.Health;

/// <summary>The body of <c>/health/ready</c>; <paramref name="Demo"/> is null outside demo mode.</summary>
internal sealed record Readiness(
    string Status, IndexReadiness Index, DemoReadiness? Demo, StoreReadiness? Store = null,
    OutboxReadiness? Outbox = null);
