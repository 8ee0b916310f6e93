using CrashSearch.Indexer.Documents;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>A frame of a hit, with whether it satisfied the search's stack-frame filters.</summary>
internal sealed record HitFrame(CrashFrame Frame, bool Matched);
