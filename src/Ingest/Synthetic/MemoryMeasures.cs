namespace CrashSearch.Ingest.Synthetic;

/// <summary>Memory reporter values (bytes, or counts for ghost windows) included with some crashes.</summary>
internal sealed record MemoryMeasures(long Explicit, long Resident, long ResidentUnique, long HeapAllocated, long GfxTextures, long GhostWindows, long Vsize);
