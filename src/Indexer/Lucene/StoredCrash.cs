using CrashSearch.Indexer.Documents;

namespace CrashSearch.Indexer.Lucene;

/// <summary>A document as read back from its stored <c>_source</c> field, to build a hit.</summary>
internal sealed record StoredCrash(
    string Uuid,
    DateTimeOffset Date,
    IReadOnlyDictionary<string, IReadOnlyList<object>> Values,
    IReadOnlyList<CrashFrame> Frames);
