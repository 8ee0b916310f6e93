using Lucene.Net.Index;

namespace CrashSearch.Indexer.Lucene;

/// <summary>The matching live documents of one segment, ascending segment-local ids in a pooled array.</summary>
internal sealed record SegmentMatches(AtomicReaderContext Leaf, int[] Docs, int Count);
