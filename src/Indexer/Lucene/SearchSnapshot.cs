using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// The week readers one search runs on, combined in a <see cref="MultiReader"/>; disposal releases them. Searches on
/// the same week readers share one MultiReader and its leaf contexts: building them for each search cost a few
/// microseconds, and each MultiReader registers with its week readers through weak tables, which made every garbage
/// collection of the process many times slower.
/// </summary>
internal sealed class SearchSnapshot : IDisposable
{
    /// <summary>How many composites starting with the same week reader are kept (windows of different lengths).</summary>
    const int SHARED_PER_WEEK = 8;

    static readonly MultiReader EMPTY = new([], closeSubReaders: true);

    /// <summary>
    /// Shared composites by their first week reader: an entry lives as long as that reader does. A shared composite
    /// takes no references of its own (it is never disposed, and closing its week readers is their owners' business);
    /// it is only used by a search that holds references on exactly its week readers.
    /// </summary>
    static readonly ConditionalWeakTable<DirectoryReader, List<(DirectoryReader[] Weeks, MultiReader Reader)>> SHARED = new();

    readonly List<DirectoryReader> _weeks;

    /// <param name="weeks">Readers whose reference the snapshot now owns.</param>
    public SearchSnapshot(List<DirectoryReader> weeks)
    {
        _weeks = weeks;
        Reader = weeks.Count == 0 ? EMPTY : Shared(weeks);
    }

    public MultiReader Reader { get; }

    static MultiReader Shared(List<DirectoryReader> weeks)
    {
        var composites = SHARED.GetValue(weeks[0], static _ => []);
        lock (composites)
        {
            foreach (var (readers, composite) in composites)
            {
                if (readers.AsSpan().SequenceEqual(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(weeks)))
                    return composite;
            }
            // A composite with a closed week reader can never be used again.
            composites.RemoveAll(c => c.Weeks.Any(r => r.RefCount == 0));
            if (composites.Count == SHARED_PER_WEEK)
                composites.RemoveAt(0);
            var fresh = new MultiReader([.. weeks], closeSubReaders: true);
            composites.Add(([.. weeks], fresh));
            return fresh;
        }
    }

    public void Dispose()
    {
        foreach (var week in _weeks)
            week.DecRef();
    }
}
