namespace CrashSearch.Indexer;

/// <summary>
/// A part of the index that cannot be read (on Lucene, one ISO week's folder): searches leave it out and say so in
/// their errors, the index is not ready, and writing into it is refused until it is repaired.
/// </summary>
/// <param name="Name">The part's name, e.g. the week <c>2026-W47</c>.</param>
/// <param name="Reason">What is wrong, as the engine reported it (file names, never crash data).</param>
public sealed record DamagedPartition(string Name, string Reason);
