using CrashSearch.Indexer;
using CrashSearch.Indexer.Elasticsearch;
using CrashSearch.Indexer.Fields;
using Elastic.Transport;

namespace CrashSearch.Conformance.Tests.Backends;

/// <summary>
/// A live Elasticsearch 9 cluster named by <c>ELASTICSEARCH_URL</c> (with <c>ELASTICSEARCH_API_KEY</c>, or
/// <c>ELASTICSEARCH_USERNAME</c>/<c>ELASTICSEARCH_PASSWORD</c>, when it needs them), or a container where a Docker
/// engine exists (<see cref="ElasticsearchCluster"/>). Each test gets indices of its own prefix, deleted afterwards.
/// Without either every test skips, saying why: neither exists on these machines or in CI.
/// </summary>
public sealed class ElasticsearchBackend : ICrashIndexBackend
{
    public const string UrlVariable = "ELASTICSEARCH_URL";

    public string Name => "Elasticsearch";

    public bool ExactCardinality => false;

    public async Task<ICrashIndex> OpenAsync(string scratchDirectory, CancellationToken cancellationToken)
    {
        var (url, why) = await ElasticsearchCluster.FindAsync(cancellationToken);
        Assert.SkipWhen(url is null, why);
        var options = new ElasticsearchOptions
        {
            Url = url,
            ApiKey = Environment.GetEnvironmentVariable("ELASTICSEARCH_API_KEY"),
            Username = Environment.GetEnvironmentVariable("ELASTICSEARCH_USERNAME"),
            Password = Environment.GetEnvironmentVariable("ELASTICSEARCH_PASSWORD"),
            IndexPrefix = "conformance-" + Guid.NewGuid().ToString("N"),
            Replicas = 0,
        };
        var index = ElasticsearchCrashIndex.Open(FieldCatalogue.Default, options, new CrashIndexSettings
        {
            RefreshInterval = TimeSpan.FromSeconds(1),
            RetentionWeeks = null,
        });
        await index.InstallAsync(cancellationToken);
        return index;
    }

    public async Task DeleteAsync(ICrashIndex index, CancellationToken cancellationToken)
    {
        var cluster = (ElasticsearchCrashIndex)index;
        var names = cluster.Names;
        await cluster.Client.Transport.RequestAsync<StringResponse>(
            Elastic.Transport.HttpMethod.DELETE, $"/{names.Pattern},{names.Meta}?ignore_unavailable=true",
                cancellationToken);
        await cluster.Client.Transport.RequestAsync<StringResponse>(
            Elastic.Transport.HttpMethod.DELETE, $"/_index_template/{names.Template}", cancellationToken);
    }
}
