namespace CrashSearch.Indexer.Lucene;

/// <summary>The values behind global ordinals of one field, for naming and ordering facet buckets.</summary>
internal abstract class OrdinalKeys
{
    /// <summary>Number of ordinals handed out so far; every ordinal in a decoded column is below it.</summary>
    public abstract int Count { get; }

    /// <summary>The raw key: a string, or the long kept in numeric doc values.</summary>
    public abstract object KeyAt(int ordinal);

    /// <summary>Orders two ordinals by their keys (strings ordinally, numbers numerically).</summary>
    public abstract int Compare(int left, int right);
}
