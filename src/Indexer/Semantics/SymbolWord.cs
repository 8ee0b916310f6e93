namespace CrashSearch.Indexer.Semantics;

/// <summary>
/// A lower-cased word of a symbol; parts share the position of the whole identifier they come from. Both engines
/// make words with it (<see cref="SymbolWords"/>).
/// </summary>
internal readonly record struct SymbolWord(string Text, bool IsPart, int Start, int End);
