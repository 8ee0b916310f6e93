using CrashSearch.SearchApi.Tests.FrontDoors;
using CrashSearch.SearchApi.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrashSearch.SearchApi.Tests.Keys;

/// <summary>Keys never reach the logs, at any level, whether they are accepted or refused.</summary>
public sealed class KeyLoggingTests : IAsyncLifetime
{
    readonly RecordingLoggerProvider _logs = new();
    readonly MarkedCrashesApi _api;

    public KeyLoggingTests()
    {
        _api = new MarkedCrashesApi(
            new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Trace",
            },
            services =>
            {
                // Everything, including what the host filters out by default, such as each refused key.
                services.AddSingleton<ILoggerProvider>(_logs);
                services.AddLogging(logging => logging
                    .AddFilter("Microsoft", LogLevel.Trace)
                    .AddFilter("Microsoft.AspNetCore", LogLevel.Trace)
                    .AddFilter("CrashSearch", LogLevel.Trace)
                    .AddFilter(typeof(Access.ApiKeyAuthentication).FullName, LogLevel.Trace));
            });
    }

    public ValueTask InitializeAsync() => _api.InitializeAsync();

    public ValueTask DisposeAsync() => _api.DisposeAsync();

    [Fact]
    public async Task No_key_appears_in_the_logs_whether_accepted_refused_or_unknown()
    {
        var keys = _api.Keys;
        string[] sent =
            [keys.ReadProtected, keys.Read, keys.Write, keys.Admin, keys.Expired, keys.Revoked, CallerKeys.Unknown];
        foreach (var key in sent)
        {
            await GraphQLRequests.PostAsync(_api.Client, "{ crash(uuid: \"leak-1\") { url } }", token: key);
            await GraphQLRequests.PostAsync(_api.Client,
                "mutation { createApiKey(input: {name: \"x\", scopes: [\"read\"]}) { key } }", token: key);
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/SuperSearchUnredacted?_columns=url");
            request.Headers.Add(CrashSearch.SearchApi.Access.CallerPermissionsResolver.TokenHeader, key);
            using var response = await _api.Client.SendAsync(request, TestContext.Current.CancellationToken);
        }
        var logged = _logs.Text;
        Assert.Contains("ApiKey", logged, StringComparison.Ordinal);
        foreach (var key in sent)
            Assert.DoesNotContain(key["csk_".Length..], logged, StringComparison.Ordinal);
        Assert.DoesNotContain("csk_", logged, StringComparison.Ordinal);
    }
}
