using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrashSearch.SearchApi.Tests.Support;

namespace CrashSearch.SearchApi.Tests.Hosting;

public sealed class HealthTests(SampleApi api) : IClassFixture<SampleApi>
{
    [Fact]
    public async Task Health_answers_ok_as_json()
    {
        using var response = await api.Client.GetAsync("/health", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("ok", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Readiness_describes_the_open_index()
    {
        using var response = await api.Client.GetAsync("/health/ready", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("ready", body.GetProperty("status").GetString());
        Assert.False(body.GetProperty("index").GetProperty("readOnly").GetBoolean());
    }
}
