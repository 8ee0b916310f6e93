namespace CrashSearch.Indexer;

/// <summary>The search engine behind <see cref="ICrashIndex"/>, chosen with <c>Index:Backend</c>.</summary>
public enum CrashIndexBackend
{
    /// <summary>
    /// The embedded Lucene.Net index, one folder per ISO week under <see cref="CrashIndexOptions.Path"/>.
    /// </summary>
    Lucene,

    /// <summary>
    /// An Elasticsearch 9 cluster (<c>Elasticsearch:Url</c>), see docs/elasticsearch.md.
    /// </summary>
    Elasticsearch,
}
