namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// One segment's values of a field as global ordinals, decoded once. Single-valued: <see cref="Ordinals"/>[doc],
/// -1 when missing. Multi-valued: the distinct ordinals of doc are Ordinals[Starts[doc]..Starts[doc + 1]].
/// </summary>
internal sealed record OrdinalColumn(int[] Ordinals, int[]? Starts);
