using CrashSearch.SearchApi.Crashes;

namespace CrashSearch.SearchApi.Tests.Crashes;

public sealed class CrashFieldNamesTests
{
    [Theory]
    [InlineData("uuid", "uuid")]
    [InlineData("release_channel", "releaseChannel")]
    [InlineData("platform_pretty_version", "platformPrettyVersion")]
    [InlineData("source_file", "sourceFile")]
    public void Catalogue_names_become_camel_case(string catalogueName, string graphQLName)
    {
        Assert.Equal(graphQLName, CrashFieldNames.Of(catalogueName));
    }
}
