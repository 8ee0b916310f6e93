namespace CrashSearch.Indexer.Semantics;

/// <summary>A lower-cased word of a symbol; parts share the position of the whole identifier they come from.</summary>
internal readonly record struct SymbolWord(string Text, bool IsPart, int Start, int End);
