namespace CrashSearch.Indexer.Lucene;

/// <summary>A hit of a page sorted on one date or number alone: its document (index-wide id) and its sort value.</summary>
internal readonly record struct DatedDoc(int Doc, long Value);
