using Lucene.Net.Index;

namespace CrashSearch.Indexer.Lucene;

/// <summary>The week readers one search runs on, combined in a <see cref="MultiReader"/>; disposal releases them.</summary>
internal sealed class SearchSnapshot : IDisposable
{
    readonly List<DirectoryReader> _weeks;

    /// <param name="weeks">Readers whose reference the snapshot now owns.</param>
    public SearchSnapshot(List<DirectoryReader> weeks)
    {
        _weeks = weeks;
        Reader = new MultiReader([.. weeks], closeSubReaders: false);
    }

    public MultiReader Reader { get; }

    public void Dispose()
    {
        Reader.Dispose();
        foreach (var week in _weeks)
            week.DecRef();
    }
}
