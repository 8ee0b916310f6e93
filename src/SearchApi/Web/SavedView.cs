namespace CrashSearch.SearchApi.Web;

/// <summary>A saved search as its pages show it.</summary>
public sealed record SavedItem(string Id, string Name, string Search, string? Window, string Visibility, string? Owner)
{
    /// <summary>The search page running it.</summary>
    public string RunUrl => new SearchState { Q = Search, Window = Window is "1h" or "24h" or "7d" or "30d" or "90d"
        ? Window : SearchState.DefaultWindow }.Url();
}

/// <summary>An alert as its page shows it.</summary>
public sealed record AlertItem(string Id, string Condition, int? Threshold, string? Window, string Recipients);

/// <summary>What an alert would have done over the last days.</summary>
public sealed record PreviewItem(
    DateTimeOffset From, DateTimeOffset To, IReadOnlyList<(DateTimeOffset At, long Count)> Firings,
    IReadOnlyList<(string Signature, long Count)> Signatures, IReadOnlyList<string> Crashes);

/// <summary><c>/saved</c> and <c>/saved/{id}</c>: the caller's and the public saved searches, or one of them with
/// its alerts and, after creating one, its preview.</summary>
public sealed record SavedView(WebCaller Caller)
{
    public IReadOnlyList<SavedItem> Mine { get; init; } = [];
    public IReadOnlyList<SavedItem> Public { get; init; } = [];
    public SavedItem? Search { get; init; }
    public IReadOnlyList<AlertItem> Alerts { get; init; } = [];
    public AlertItem? Previewed { get; init; }
    public PreviewItem? Preview { get; init; }
    public string? Error { get; init; }
}
