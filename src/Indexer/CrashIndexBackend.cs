namespace CrashSearch.Indexer;

/// <summary>The search engine behind <see cref="ICrashIndex"/>, chosen with <c>Index:Backend</c>.</summary>
public enum CrashIndexBackend
{
    /// <summary>
    /// The embedded Lucene.Net index, one folder per ISO week under <see cref="CrashIndexOptions.Path"/>.
    /// </summary>
    Lucene,

    /// <summary>
    /// An Elasticsearch cluster: accepted by the configuration, refused at start until its backend is built.
    /// </summary>
    Elasticsearch,
}
