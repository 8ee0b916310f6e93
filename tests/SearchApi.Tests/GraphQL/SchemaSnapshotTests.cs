using CrashSearch.SearchApi.GraphQL;
using CrashSearch.SearchApi.Tests.Support;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace CrashSearch.SearchApi.Tests.GraphQL;

/// <summary>The printed schema is committed, so that every change of the API is a reviewed diff.</summary>
public sealed class SchemaSnapshotTests(SampleApi api) : IClassFixture<SampleApi>
{
    [Fact]
    public void The_schema_equals_schema_graphql_crash_search_graphql()
    {
        var schema = api.Services.GetRequiredService<CrashSearchSchema>();
        schema.Initialize();
        var printed = schema.Print().ReplaceLineEndings("\n").TrimEnd() + "\n";
        Assert.Contains("enum CrashField {", printed, StringComparison.Ordinal);
        RepositoryFiles.AssertMatchesSnapshot("schema/graphql/crash-search.graphql", printed);
    }
}
