using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrashSearch.SearchApi.Store;
using CrashSearch.SearchApi.Tests.FrontDoors;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CrashSearch.SearchApi.Tests.Store;

/// <summary><c>/health/ready</c> checks the application store beside the index.</summary>
public sealed class StoreReadinessTests : IAsyncLifetime
{
    readonly MarkedCrashesApi _api = new();

    public ValueTask InitializeAsync() => _api.InitializeAsync();

    public ValueTask DisposeAsync() => _api.DisposeAsync();

    [Fact]
    public async Task Readiness_names_the_store_and_turns_503_when_the_store_no_longer_answers()
    {
        var ready = await ReadyAsync();
        Assert.Equal(HttpStatusCode.OK, ready.Status);
        var store = ready.Body.GetProperty("store");
        Assert.Equal("sqlite", store.GetProperty("provider").GetString());
        Assert.EndsWith("store.db", store.GetProperty("location").GetString(), StringComparison.Ordinal);

        // An empty file where the store was: it opens, but holds none of the store's tables.
        var path = _api.Services.GetRequiredService<StoreDatabase>().Description;
        SqliteConnection.ClearAllPools();
        File.Delete(path);
        await File.WriteAllBytesAsync(path, [], TestContext.Current.CancellationToken);

        var broken = await ReadyAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, broken.Status);
        Assert.Equal("failed", broken.Body.GetProperty("status").GetString());
        var failure = broken.Body.GetProperty("store").GetProperty("failure").GetString();
        Assert.Contains("schemaversions", failure, StringComparison.Ordinal);
    }

    async Task<(HttpStatusCode Status, JsonElement Body)> ReadyAsync()
    {
        using var response = await _api.Client.GetAsync("/health/ready", TestContext.Current.CancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        return (response.StatusCode, body);
    }
}
