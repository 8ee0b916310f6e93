using CrashSearch.Indexer;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Lucene;
using Microsoft.Extensions.DependencyInjection;

namespace CrashSearch.SearchApi.Tests.Support;

/// <summary>
/// The real host over a real Lucene index in a temp directory holding <see cref="SampleCrashes"/>, with the clock
/// stopped at <see cref="SampleCrashes.Now"/>. The index is wrapped to count searches.
/// </summary>
public sealed class SampleApi : IAsyncLifetime
{
    /// <summary>A key with the read-protected scope.</summary>
    public string ReaderToken { get; private set; } = "";

    readonly TempDirectory _directory = new("crash-search-api-tests");
    CrashSearchApp? _app;

    public CountingCrashIndex Index { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>The app's services, e.g. the schema.</summary>
    public IServiceProvider Services => _app!.Services;

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        Index = new CountingCrashIndex(LuceneCrashIndex.Open(_directory.Path, FieldCatalogue.Default, new LuceneIndexOptions { RefreshInterval = TimeSpan.Zero }));
        await Index.IndexAsync(SampleCrashes.All, cancellationToken);
        await Index.CommitAsync(null, cancellationToken);
        _app = new CrashSearchApp(
            new Dictionary<string, string?>
            {
                ["Index:Path"] = _directory.Path,
            },
            services =>
            {
                services.AddSingleton<ICrashIndex>(Index);
                services.AddSingleton<TimeProvider>(new StoppedClock(SampleCrashes.Now));
            });
        Client = _app.CreateClient();
        ReaderToken = await TestKeys.CreateAsync(_app.Services, "read-protected");
    }

    public Task<GraphQLResult> PostAsync(string query, object? variables = null, string? token = null) =>
        GraphQLRequests.PostAsync(Client, query, variables, token);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
            await _app.DisposeAsync();
        Index.Dispose();
        _directory.Dispose();
    }
}
