using System.Text.Json.Nodes;
using CrashSearch.Indexer;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Lucene;
using CrashSearch.SearchApi.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CrashSearch.SearchApi.Tests.Visibility;

/// <summary>
/// The real host over a real Lucene index holding <see cref="VisibilityCrashes"/>, with the clock stopped at
/// <see cref="VisibilityCrashes.Now"/>.
/// </summary>
public sealed class VisibilityApi : IAsyncLifetime
{
    readonly TempDirectory _directory = new("visibility-tests");
    LuceneCrashIndex? _index;
    CrashSearchApp? _app;

    /// <summary>A key with the read-protected scope.</summary>
    public string ReaderToken { get; private set; } = "";

    public HttpClient Client { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        _index = LuceneCrashIndex.Open(_directory.Path, FieldCatalogue.Default,
            new LuceneIndexOptions { RefreshInterval = TimeSpan.Zero });
        await _index.IndexAsync(VisibilityCrashes.All, cancellationToken);
        await _index.CommitAsync(null, cancellationToken);
        var index = _index;
        _app = new CrashSearchApp(
            new Dictionary<string, string?> { ["Index:Path"] = _directory.Path },
            services =>
            {
                services.AddSingleton<ICrashIndex>(index);
                services.AddSingleton<TimeProvider>(new StoppedClock(VisibilityCrashes.Now));
            });
        Client = _app.CreateClient();
        ReaderToken = await TestKeys.CreateAsync(_app.Services, "read-protected");
    }

    public Task<GraphQLResult> PostAsync(string query, string? token = null) =>
        GraphQLRequests.PostAsync(Client, query, null, token);

    /// <summary>GETs a REST twin: its status and its body as JSON.</summary>
    public async Task<(int Status, JsonNode Body)> GetAsync(string path, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var response = await Client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return ((int)response.StatusCode, JsonNode.Parse(text) ?? throw new InvalidOperationException("Empty body."));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
            await _app.DisposeAsync();
        _index?.Dispose();
        _directory.Dispose();
    }
}
