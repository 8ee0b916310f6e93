using CrashSearch.SearchApi.Hosting;

namespace CrashSearch.SearchApi.Tests.Hosting;

public sealed class ApiCommandLineTests
{
    static ApiCommandLine Parse(params string[] args) => ApiCommandLine.Parse(args, TextWriter.Null, TextWriter.Null);

    [Fact]
    public void Demo_turns_on_demo_mode()
    {
        Assert.Equal(["--Demo:Enabled=true"], Parse("--demo").HostArguments);
    }

    [Fact]
    public void Index_serves_a_directory_read_only()
    {
        var existing = Path.GetTempPath();
        Assert.Equal([$"--Index:Path={existing}", "--Index:ReadOnly=true"], Parse("--index", existing).HostArguments);
        Assert.Equal([$"--Index:Path={existing}", "--Index:ReadOnly=true"], Parse($"--index={existing}").HostArguments);
    }

    [Fact]
    public void Demo_with_an_index_directory_writes_there()
    {
        Assert.Equal(["--Demo:Enabled=true", "--Index:Path=here"], Parse("--index", "here", "--demo").HostArguments);
    }

    [Fact]
    public void Other_arguments_go_to_ASP_NET_Core()
    {
        var parsed = Parse("--urls", "http://127.0.0.1:6000", "--demo", "--Demo:Crashes=300");
        Assert.Null(parsed.ExitCode);
        Assert.Equal(["--urls", "http://127.0.0.1:6000", "--Demo:Crashes=300", "--Demo:Enabled=true"], parsed.HostArguments);
    }

    [Fact]
    public void Index_without_a_directory_exits_with_2_and_says_why()
    {
        var error = new StringWriter();
        var parsed = ApiCommandLine.Parse(["--index"], TextWriter.Null, error);
        Assert.Equal(2, parsed.ExitCode);
        Assert.Contains("--index needs a directory", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_commands_are_parsed_into_a_keys_command_not_a_server()
    {
        var parsed = Parse("keys", "create", "--index", "/data", "--name", "ci", "--scopes", "write,read", "--expires", "12h");
        Assert.Null(parsed.ExitCode);
        Assert.Equal(["read", "write"], parsed.Keys!.Scopes);
        Assert.Equal(TimeSpan.FromHours(12), parsed.Keys.Lifetime);
        Assert.Equal(["--Data:Path=/data"], parsed.Keys.HostArguments);
    }

    [Fact]
    public void Help_prints_the_usage_and_exits_with_0()
    {
        var output = new StringWriter();
        Assert.Equal(0, ApiCommandLine.Parse(["--help"], output, TextWriter.Null).ExitCode);
        Assert.Contains("--demo", output.ToString(), StringComparison.Ordinal);
    }
}
