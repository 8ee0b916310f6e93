using DotNet.Testcontainers.Builders;

namespace CrashSearch.Conformance.Tests.Backends;

/// <summary>
/// The cluster the Elasticsearch runs of the suite use: <c>ELASTICSEARCH_URL</c> when it is set; otherwise, where a
/// Docker engine answers, one single-node Elasticsearch 9 container for the whole test run, started through
/// Testcontainers' generic container (<c>ELASTICSEARCH_IMAGE</c> names another image); otherwise none.
/// </summary>
internal static class ElasticsearchCluster
{
    public const string ImageVariable = "ELASTICSEARCH_IMAGE";

    /// <summary>The image docker-compose.yml runs too.</summary>
    const string DefaultImage = "docker.elastic.co/elasticsearch/elasticsearch:9.1.0";

    const int HttpPort = 9200;

    static readonly SemaphoreSlim Gate = new(1, 1);
    static bool _tried;
    static string? _containerUrl;

    /// <summary>The cluster's address, or null and why there is none.</summary>
    public static async Task<(string? Url, string Why)> FindAsync(CancellationToken cancellationToken)
    {
        if (Environment.GetEnvironmentVariable(ElasticsearchBackend.UrlVariable) is { Length: > 0 } url)
            return (url, "");
        const string none = $"{ElasticsearchBackend.UrlVariable} is not set and no Docker engine answers: no "
            + "Elasticsearch cluster to run the conformance suite against (the request building and answer reading "
            + "are tested in Indexer.Tests/Elasticsearch).";
        if (!DockerEngineExists())
            return (null, none);
        await Gate.WaitAsync(cancellationToken);
        try
        {
            if (!_tried)
            {
                _tried = true;
                _containerUrl = await StartContainerAsync(cancellationToken);
            }
            return (_containerUrl, none);
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Starts the container; Testcontainers' reaper removes it when the test process ends.</summary>
    static async Task<string> StartContainerAsync(CancellationToken cancellationToken)
    {
        var image = Environment.GetEnvironmentVariable(ImageVariable) is { Length: > 0 } given ? given : DefaultImage;
        var container = new ContainerBuilder(image)
            .WithEnvironment("discovery.type", "single-node")
            .WithEnvironment("xpack.security.enabled", "false")
            .WithEnvironment("ES_JAVA_OPTS", "-Xms1g -Xmx1g")
            .WithPortBinding(HttpPort, assignRandomHostPort: true)
            .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(
                request => request.ForPort(HttpPort).ForPath("/_cluster/health?wait_for_status=yellow")))
            .Build();
        await container.StartAsync(cancellationToken);
        return $"http://{container.Hostname}:{container.GetMappedPublicPort(HttpPort)}";
    }

    static bool DockerEngineExists() =>
        Environment.GetEnvironmentVariable("DOCKER_HOST") is { Length: > 0 } || File.Exists("/var/run/docker.sock");
}
