using System.Text.Json;
using CrashSearch.Indexer;
using CrashSearch.SearchApi.Keys;
using CrashSearch.SearchApi.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CrashSearch.SearchApi.Tests.Analysis;

/// <summary>
/// The real host over a writable index holding <see cref="AnalysisCrashes"/>, with a clock the test moves and two
/// keys: one that reads protected fields and one that reads public fields only. The job worker's poll interval is
/// short, so started jobs run on their own.
/// </summary>
internal sealed class AnalysisApi : IAsyncDisposable
{
    readonly TempDirectory _directory = new("analysis");

    AnalysisApi(IReadOnlyDictionary<string, string?> settings)
    {
        var all = new Dictionary<string, string?>(settings)
        {
            ["Index:Path"] = _directory.Path,
            ["Index:RefreshInterval"] = "00:00:00",
            ["Analysis:PollInterval"] = "00:00:00.100",
        };
        App = new CrashSearchApp(all, services => services.AddSingleton<TimeProvider>(Clock));
        Client = App.CreateClient();
    }

    public FakeTimeProvider Clock { get; } = new(AnalysisCrashes.Now);

    public CrashSearchApp App { get; }

    public HttpClient Client { get; }

    /// <summary>Reads protected fields.</summary>
    public string Protected { get; private set; } = "";

    /// <summary>Reads public fields only.</summary>
    public string Reader { get; private set; } = "";

    public string DataDirectory => _directory.Path;

    public static async Task<AnalysisApi> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var api = new AnalysisApi(settings ?? new Dictionary<string, string?>());
        api.Protected = await TestKeys.CreateAsync(api.App.Services, ApiKeyScopes.ReadProtected, name: "protected");
        api.Reader = await TestKeys.CreateAsync(api.App.Services, ApiKeyScopes.Read, name: "reader");
        var index = api.App.Services.GetRequiredService<ICrashIndex>();
        await index.IndexAsync(AnalysisCrashes.All, TestContext.Current.CancellationToken);
        await index.CommitAsync(null, TestContext.Current.CancellationToken);
        return api;
    }

    public Task<GraphQLResult> PostAsync(string query, object? variables = null, string? token = null) =>
        GraphQLRequests.PostAsync(Client, query, variables, token);

    /// <summary>GETs <paramref name="path"/> with the key; the status and the body as text.</summary>
    public async Task<(int Status, string Body, string? ContentType)> GetAsync(string path, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var response = await Client.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return ((int)response.StatusCode, body, response.Content.Headers.ContentType?.MediaType);
    }

    public async Task<JsonElement> GetJsonAsync(string path, string? token = null)
    {
        var (status, body, _) = await GetAsync(path, token);
        Assert.True(status == 200, $"{status}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
        _directory.Dispose();
    }
}
