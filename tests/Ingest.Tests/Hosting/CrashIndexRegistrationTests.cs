using CrashSearch.Indexer;
using CrashSearch.Ingest.Hosting;
using CrashSearch.Ingest.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CrashSearch.Ingest.Tests.Hosting;

/// <summary>
/// <c>AddCrashIndex</c>, the one registration the API, the ingest command and the demo use (issue 10): the engine
/// named by <c>Index:Backend</c>, validated when the host starts, and the data directory beside it.
/// </summary>
public sealed class CrashIndexRegistrationTests : IDisposable
{
    readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    static IHost Host(Dictionary<string, string?> settings) => IndexHost.Build(settings);

    [Fact]
    public async Task Lucene_is_the_default_engine_and_opens_when_the_host_starts()
    {
        using var host = Host(new() { ["Index:Path"] = _temp.Combine("index") });
        await host.StartAsync(TestContext.Current.CancellationToken);
        var index = host.Services.GetRequiredService<ICrashIndex>();
        var status = await index.GetStatusAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, status.Crashes);
        Assert.True(Directory.Exists(_temp.Combine("index", "_meta")));
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task An_unknown_backend_is_refused_when_the_host_starts_naming_the_key()
    {
        using var host = Host(new() { ["Index:Path"] = _temp.Combine("index"), ["Index:Backend"] = "Solr" });
        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => host.StartAsync(TestContext.Current.CancellationToken));
        Assert.Contains("'Index:Backend'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_quarantine_is_in_the_index_directory_unless_a_data_directory_is_given()
    {
        using (var host = Host(new() { ["Index:Path"] = _temp.Combine("index") }))
            Assert.Equal(
                _temp.Combine("index", "quarantine"), host.Services.GetRequiredService<Quarantine>().Directory);
        var both = new Dictionary<string, string?>
        {
            ["Index:Path"] = _temp.Combine("index"),
            ["Data:Path"] = _temp.Combine("data"),
        };
        using (var host = Host(both))
        {
            Assert.Equal(_temp.Combine("data", "quarantine"), host.Services.GetRequiredService<Quarantine>().Directory);
            var data = host.Services.GetRequiredService<IOptions<DataDirectoryOptions>>().Value;
            Assert.Equal(_temp.Combine("data"), data.FullPath());
        }
        // Only a data directory: the Lucene index lives in it.
        using (var host = Host(new() { ["Data:Path"] = _temp.Combine("data") }))
        {
            var index = host.Services.GetRequiredService<IOptions<CrashIndexOptions>>().Value;
            Assert.Equal(_temp.Combine("data"), index.FullPath());
        }
    }
}
