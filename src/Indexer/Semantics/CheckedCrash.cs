using CrashSearch.Indexer.Documents;

namespace CrashSearch.Indexer.Semantics;

/// <summary>
/// A crash that passed the catalogue's checks (<see cref="CrashChecks"/>), with its values typed (uuid and date
/// included): what both engines index.
/// </summary>
internal sealed record CheckedCrash(CrashDocument Crash, List<KeyValuePair<string, IReadOnlyList<object>>> Values);
