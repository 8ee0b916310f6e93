using CrashSearch.Indexer.Queries;

namespace CrashSearch.SearchApi.Web;

/// <summary>What the crash page shows.</summary>
/// <param name="Uuid">The crash asked for.</param>
/// <param name="Caller">Who is looking.</param>
/// <param name="Hit">The crash, with the fields the caller may read; null when the index does not hold it.</param>
/// <param name="Fields">Its fields in catalogue order, protected ones only for a caller with the right.</param>
/// <param name="RawJson">The processed crash as <c>/api/ProcessedCrash</c> gives it to this caller.</param>
/// <param name="Query">The search the caller came from, whose matching frames are highlighted.</param>
public sealed record CrashView(
    string Uuid, WebCaller Caller, CrashHit? Hit, IReadOnlyList<KeyValuePair<string, string>> Fields,
    string RawJson, string? Query)
{
    /// <summary>The positions of the frames the search matched.</summary>
    public IReadOnlySet<int> Matched { get; init; } = new HashSet<int>();

    /// <summary>The modules named by the crashing thread's frames, in the order they first appear.</summary>
    public IReadOnlyList<string> Modules => Hit is null
        ? []
        : [.. Hit.Frames.Select(f => f.Module).OfType<string>().Distinct(StringComparer.Ordinal)];

    /// <summary>The value of a field, or null.</summary>
    public string? Field(string name) => Fields.FirstOrDefault(f => f.Key == name).Value;
}
