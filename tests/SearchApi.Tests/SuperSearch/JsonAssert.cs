using System.Text.Json.Nodes;

namespace CrashSearch.SearchApi.Tests.SuperSearch;

internal static class JsonAssert
{
    /// <summary>Compares JSON texts exactly, property order included, after removing insignificant whitespace.</summary>
    public static void Equal(string expected, JsonNode actual) =>
        Assert.Equal(JsonNode.Parse(expected)!.ToJsonString(), actual.ToJsonString());
}
