using System.Net;
using CrashSearch.Indexer;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Lucene;
using CrashSearch.SearchApi.Keys;
using CrashSearch.SearchApi.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrashSearch.SearchApi.Tests.Hosting;

/// <summary>
/// Logs never hold a key or a protected value, at any level an operator can configure: requests that carry keys and
/// protected values, read them, and fail on them, leave no trace of them in the log.
/// </summary>
public sealed class SecretsInLogsTests
{
    const string PlantedValue = "planted-protected-value-73a1";

    static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Requests_with_keys_and_protected_values_leave_neither_in_the_logs()
    {
        using var directory = new TempDirectory("secrets-in-logs");
        using var index = LuceneCrashIndex.Open(directory.Path, FieldCatalogue.Default);
        await index.IndexAsync(SampleCrashes.All, Token);
        await index.CommitAsync(null, Token);
        var logs = new CapturedLogs();
        string key;
        await using (var app = new CrashSearchApp(
            new Dictionary<string, string?>
            {
                ["Index:Path"] = directory.Path,
                ["Logging:LogLevel:Default"] = "Trace",
            },
            services =>
            {
                services.AddSingleton<ICrashIndex>(index);
                services.AddSingleton<TimeProvider>(new StoppedClock(SampleCrashes.Now));
                services.AddSingleton<ILoggerProvider>(logs);
            }))
        {
            using var client = app.CreateClient();
            key = await TestKeys.CreateAsync(app.Services, ApiKeyScopes.ReadProtected);
            await SendAllAsync(client, key);
        }

        Assert.NotEmpty(logs.Entries);
        string[] secrets = [key, PlantedValue, SampleCrashes.ProtectedUrl, "someone@example.com"];
        foreach (var secret in secrets)
            Assert.DoesNotContain(logs.Entries, entry => entry.Contains(secret, StringComparison.Ordinal));
    }

    static async Task SendAllAsync(HttpClient client, string key)
    {
        var value = Uri.EscapeDataString(PlantedValue);
        // Read protected values with a valid token, search for one without, and fail on one: a bad regex, bad syntax.
        var unredacted = "/api/SuperSearchUnredacted?_columns=url&_columns=email";
        Assert.Equal(HttpStatusCode.OK, await SendAsync(client, key, HttpMethod.Get, unredacted));
        await SendAsync(client, key, HttpMethod.Get, $"/api/SuperSearch?url={value}&email=~{value}");
        await SendAsync(client, key, HttpMethod.Get, $"/api/SuperSearchUnredacted?user_comments=@{value}((");
        await SendAsync(client, key, HttpMethod.Get, $"/api/SuperSearch?_query={value}%20AND%20(");
        var read = "{ crashes(first: 8) { edges { node { uuid url email userComments } } } }";
        Assert.Equal(HttpStatusCode.OK, await SendAsync(client, key, HttpMethod.Post, "/graphql", read));
        foreach (var search in new[] { $"url:{PlantedValue}", $"email:/{PlantedValue}((/" })
        {
            var document = $"{{ crashes(search: \"{search}\") {{ totalCount }} }}";
            await SendAsync(client, key, HttpMethod.Post, "/graphql", document);
        }
        await SendAsync(client, key, HttpMethod.Post, "/graphql", $"{{ crashes(search: \"{PlantedValue}\" {{");
    }

    static async Task<HttpStatusCode> SendAsync(
        HttpClient client, string key, HttpMethod method, string path, string? query = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (query is not null)
            request.Content = System.Net.Http.Json.JsonContent.Create(new { query });
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + key);
        request.Headers.TryAddWithoutValidation("Auth-Token", key);
        using var response = await client.SendAsync(request, Token);
        return response.StatusCode;
    }
}
