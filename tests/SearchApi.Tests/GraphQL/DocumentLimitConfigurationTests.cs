using System.Net;
using CrashSearch.SearchApi.Tests.Support;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.Tests.GraphQL;

/// <summary>The document limits are read from the <c>GraphQL</c> section and validated on start.</summary>
public sealed class DocumentLimitConfigurationTests : IDisposable
{
    readonly TempDirectory _directory = new("crash-search-graphql-limits");

    public void Dispose() => _directory.Dispose();

    CrashSearchApp App(string key, string value) =>
        new(new Dictionary<string, string?> { ["Index:Path"] = _directory.Path, [key] = value });

    [Theory]
    [InlineData("GraphQL:MaxFragments", "2", "3 fragments; at most 2")]
    [InlineData("GraphQL:MaxFragmentSpreadDepth", "2", "nested 3 deep; at most 2")]
    [InlineData("GraphQL:MaxNodes", "10", "more than 10 nodes")]
    public async Task Each_limit_is_read_from_the_GraphQL_section(string key, string value, string explanation)
    {
        await using var app = App(key, value);
        using var client = app.CreateClient();
        var result = await GraphQLRequests.PostAsync(client, HostileDocuments.FragmentChain(3));
        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Contains(explanation, result.ErrorMessages[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GraphQL:MaxFragments", "0")]
    [InlineData("GraphQL:MaxFragmentSpreadDepth", "0")]
    [InlineData("GraphQL:MaxNodes", "1")]
    public async Task A_limit_out_of_range_stops_the_start(string key, string value)
    {
        await using var app = App(key, value);
        var error = Assert.Throws<OptionsValidationException>(() => app.CreateClient());
        Assert.Contains(key.Split(':')[1], error.Message, StringComparison.Ordinal);
    }
}
