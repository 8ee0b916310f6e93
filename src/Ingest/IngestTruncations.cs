namespace CrashSearch.Ingest;

/// <summary>
/// Indexed crashes that the index holds cut, and why: a value over the term limit
/// (<see cref="Indexer.Documents.IndexLimits.MaxTermBytes"/>, indexed cut, stored whole) or a stack deeper than
/// <see cref="Indexer.Documents.CrashDocumentBuilder.MaxFrames"/> frames (the deeper frames dropped). A crash with
/// both counts once in <paramref name="Crashes"/> and once in each reason.
/// </summary>
public sealed record IngestTruncations(long Crashes, long LongValues, long DeepStacks);
