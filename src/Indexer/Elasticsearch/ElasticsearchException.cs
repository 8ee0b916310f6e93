namespace CrashSearch.Indexer.Elasticsearch;

/// <summary>The cluster failed a request, or answered in a way this backend cannot read.</summary>
/// <param name="message">What failed, with the server's reason when it gave one.</param>
/// <param name="status">The HTTP status, when there was an answer.</param>
/// <param name="inner">The transport's exception, if any.</param>
public sealed class ElasticsearchException(string message, int? status = null, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>The HTTP status of the answer, or null when none came.</summary>
    public int? Status { get; } = status;
}
