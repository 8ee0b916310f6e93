using System.Text.Json.Nodes;
using CrashSearch.Indexer;
using CrashSearch.Indexer.Documents;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Lucene;
using CrashSearch.SearchApi.Access;
using CrashSearch.SearchApi.ProcessedCrash;
using CrashSearch.SearchApi.SuperSearch;
using CrashSearch.SearchApi.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrashSearch.SearchApi.Tests.SuperSearch;

/// <summary>
/// A minimal app with only <c>AddSuperSearch()</c>, <c>MapSuperSearch()</c>, <c>MapSuperSearchFields()</c> and
/// <c>MapProcessedCrash()</c> over a real Lucene index in a temp directory holding <see cref="SuperSearchCrashes"/>
/// and a marked crash (or other crashes), so these tests do not depend on the host's Program.cs.
/// </summary>
public class SuperSearchApp : IAsyncLifetime
{
    readonly IReadOnlyList<CrashDocument> _crashes;

    public SuperSearchApp()
        : this([.. SuperSearchCrashes.All, MarkedCrash.Document])
    {
    }

    protected SuperSearchApp(IReadOnlyList<CrashDocument> crashes) => _crashes = crashes;

    /// <summary>A key with the read-protected scope, sent in Socorro's Auth-Token header.</summary>
    public string ReaderToken { get; private set; } = "";

    readonly string _directory = Path.Combine(Path.GetTempPath(), "supersearch-tests-" + Guid.NewGuid().ToString("N"));
    LuceneCrashIndex? _index;
    WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        _index = LuceneCrashIndex.Open(_directory, FieldCatalogue.Default);
        await _index.IndexAsync(_crashes, cancellationToken);
        await _index.CommitAsync(null, cancellationToken);

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:SqlitePath"] = Path.Combine(_directory, "store.db"),
        });
        builder.Services.AddCrashSearchAccess();
        builder.Services.AddSingleton<ICrashIndex>(_index);
        builder.Services.AddSingleton<TimeProvider>(new StoppedClock(SuperSearchCrashes.Now));
        builder.Services.AddSuperSearch();
        _app = builder.Build();
        _app.UseAuthentication();
        _app.UseCrashSearchAccess();
        _app.MapGroup("").RequireAuthorization(AccessPolicies.Read)
            .MapSuperSearch().MapSuperSearchFields().MapProcessedCrash();
        await _app.StartAsync(cancellationToken);
        Client = _app.GetTestClient();
        ReaderToken = await TestKeys.CreateAsync(_app.Services, "read-protected");
    }

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        Client.Dispose();
        if (_app is not null)
            await _app.DisposeAsync();
        _index?.Dispose();
        if (Directory.Exists(_directory))
            Directory.Delete(_directory, recursive: true);
    }

    /// <summary>GETs <paramref name="path"/> and returns the status and the body as JSON.</summary>
    public async Task<(int Status, JsonNode Body)> GetAsync(string path, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
            request.Headers.Add(CallerPermissionsResolver.TokenHeader, token);
        using var response = await Client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return ((int)response.StatusCode, JsonNode.Parse(text) ?? throw new InvalidOperationException("Empty body."));
    }
}
