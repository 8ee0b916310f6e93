using CrashSearch.SearchApi.Tests.Support;

namespace CrashSearch.SearchApi.Tests.Hosting;

/// <summary>The built API as a process, the way a user starts it.</summary>
public sealed class ApiProcessTests
{
    [Fact]
    public async Task Without_demo_or_index_the_API_explains_and_exits_with_2()
    {
        var (exit, output, message) = await ApiProcess.RunAsync("--urls", "http://127.0.0.1:0");
        Assert.Equal(2, exit);
        Assert.Contains("No index to serve", message, StringComparison.Ordinal);
        Assert.Contains("--demo", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", output, StringComparison.Ordinal);
    }
}
