namespace CrashSearch.Indexer.Lucene;

/// <summary>A run of segment-local document ids, ascending: <c>Docs[Start..Start+Count]</c>.</summary>
internal readonly record struct DocSlice(int[] Docs, int Start, int Count);
