using System.Net;
using System.Net.Sockets;
using CrashSearch.SearchApi.Tests.Support;

namespace CrashSearch.SearchApi.Tests.Hosting;

/// <summary>The API as a process: what stops it from serving is said in one line, with a non-zero exit.</summary>
public sealed class ApiStartFailureTests : IDisposable
{
    readonly TempDirectory _data = new("api-start");

    [Fact]
    public async Task A_missing_index_directory_is_one_line_and_exit_2()
    {
        var missing = Path.Combine(_data.Path, "nothing-here");
        var (exit, _, error) = await ApiProcess.RunAsync("--index", missing, "--urls", "http://127.0.0.1:0");
        Assert.Equal(2, exit);
        Assert.Equal($"--index: the directory {missing} does not exist (ingest into it first, or use --demo).",
            error.TrimEnd());
    }

    [Theory]
    [InlineData("127.0.0.1:5080")]
    [InlineData("ftp://127.0.0.1:21")]
    [InlineData("http://127.0.0.1:99999")]
    public async Task A_bad_urls_value_is_one_line_and_exit_2(string urls)
    {
        var (exit, _, error) = await ApiProcess.RunAsync("--index", _data.Path, "--urls", urls);
        Assert.Equal(2, exit);
        Assert.Equal($"--urls: '{urls}' is not an address to listen on (e.g. http://127.0.0.1:5080).", error.TrimEnd());
    }

    [Fact]
    public async Task A_port_in_use_is_one_line_and_a_non_zero_exit()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var (exit, _, error) = await ApiProcess.RunAsync("--index", _data.Path, "--urls", $"http://127.0.0.1:{port}");
        Assert.NotEqual(0, exit);
        var line = Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("Cannot listen:", line, StringComparison.Ordinal);
        Assert.Contains($":{port}", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_store_that_cannot_be_reached_is_one_line_and_exit_1()
    {
        var (exit, _, error) = await ApiProcess.RunAsync("--index", _data.Path, "--urls", "http://127.0.0.1:0",
            "--Store:ConnectionString=Host=127.0.0.1;Port=1;Username=nobody;Database=nothing;Timeout=2");
        Assert.Equal(1, exit);
        var line = Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("The application store at postgresql://127.0.0.1:1/nothing could not be migrated", line,
            StringComparison.Ordinal);
    }

    public void Dispose() => _data.Dispose();
}
