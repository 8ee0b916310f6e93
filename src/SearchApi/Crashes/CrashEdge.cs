using CrashSearch.Indexer.Queries;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>A crash of a page with its opaque cursor.</summary>
internal sealed record CrashEdge(string Cursor, CrashHit Node);
