using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Semantics;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// How <see cref="HitReader"/> reads a page: positions <see cref="First"/> to <see cref="End"/> of the top hits,
/// into <see cref="Hits"/>, with the frame matcher and the doc-values reader (null when the stored source is read).
/// </summary>
internal readonly record struct PageReading(int First, int End, List<CrashHit> Hits, FrameMatcher? Frames,
    DocValueFields? DocValues);
