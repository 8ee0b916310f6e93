namespace CrashSearch.Ingest.Synthetic;

/// <summary>A thread of a synthetic crash: its name and its frames, innermost first.</summary>
internal sealed record SyntheticThread(string Name, IReadOnlyList<StackSymbol> Frames);
