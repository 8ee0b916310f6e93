using CrashSearch.SearchApi.Tests.Support;

namespace CrashSearch.SearchApi.Tests.Hosting;

/// <summary>
/// <c>Index:Backend</c> chooses the engine through the one registration every host uses (issue 10): the built API
/// refuses an unknown value, or an engine without its settings, at start with a line that names the key; and nothing
/// in the API knows which engine it talks to.
/// </summary>
public sealed class EngineChoiceTests : IDisposable
{
    readonly TempDirectory _directory = new("engine-choice");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Elasticsearch_without_a_cluster_address_is_refused_at_start_naming_the_key()
    {
        var (code, error) = await StartApiAsync("--Index:Backend=Elasticsearch");
        Assert.Equal(2, code);
        Assert.Contains("Elasticsearch:Url is required", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_backend_is_refused_at_start_naming_the_key()
    {
        var (code, error) = await StartApiAsync("--Index:Backend=Solr");
        Assert.Equal(2, code);
        Assert.Contains("'Solr' at 'Index:Backend'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_API_names_no_engine_and_sees_no_internals_of_Ingest()
    {
        var api = RepositoryFiles.PathOf("src", "SearchApi");
        var engineMentions = Directory.EnumerateFiles(api, "*.cs", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f) is var text
                && (text.Contains("LuceneCrashIndex", StringComparison.Ordinal)
                    || text.Contains(".Lucene", StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(RepositoryFiles.Root, f));
        Assert.Empty(engineMentions);
        var ingestProject = File.ReadAllText(RepositoryFiles.PathOf("src", "Ingest", "Ingest.csproj"));
        Assert.DoesNotContain(
            "InternalsVisibleTo Include=\"CrashSearch.SearchApi\"", ingestProject, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_host_opens_the_index_through_the_one_registration()
    {
        var src = RepositoryFiles.PathOf("src");
        var openers = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(
                $"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("LuceneCrashIndex.Open(", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(src, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal);
        Assert.Equal(["Ingest/Hosting/CrashIndexServiceCollection.cs"], openers);
    }

    /// <summary>The built API over an empty directory with the given arguments, until it exits.</summary>
    async Task<(int Code, string Error)> StartApiAsync(params string[] args)
    {
        var (code, output, error) = await ApiProcess.RunAsync(
            ["--index", _directory.Path, "--urls", "http://127.0.0.1:0", .. args]);
        Assert.DoesNotContain("Now listening", output, StringComparison.Ordinal);
        return (code, error);
    }
}
