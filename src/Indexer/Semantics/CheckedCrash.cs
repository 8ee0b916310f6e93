using CrashSearch.Indexer.Documents;

namespace CrashSearch.Indexer.Semantics;

/// <summary>A crash that passed the catalogue's checks, with its values typed (uuid and date included).</summary>
internal sealed record CheckedCrash(CrashDocument Crash, List<KeyValuePair<string, IReadOnlyList<object>>> Values);
