using CrashSearch.SearchApi.Tests.FrontDoors;

namespace CrashSearch.SearchApi.Tests.Keys;

/// <summary><see cref="MarkedCrashesApi"/> with <c>Access:AnonymousRead=false</c>: reading needs a key.</summary>
public sealed class ClosedMarkedCrashesApi : IAsyncLifetime
{
    public MarkedCrashesApi Api { get; } = new(new Dictionary<string, string?> { ["Access:AnonymousRead"] = "false" });

    public ValueTask InitializeAsync() => Api.InitializeAsync();

    public ValueTask DisposeAsync() => Api.DisposeAsync();
}
