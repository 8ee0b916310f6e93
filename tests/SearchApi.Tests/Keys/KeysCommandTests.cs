using CrashSearch.SearchApi.Tests.Support;

namespace CrashSearch.SearchApi.Tests.Keys;

/// <summary><c>keys create|list|revoke</c> as a real process over a data directory.</summary>
public sealed class KeysCommandTests : IDisposable
{
    readonly TempDirectory _data = new("keys-command");

    [Fact]
    public async Task Keys_are_created_listed_and_revoked_from_the_command_line()
    {
        var (created, output, error) = await ApiProcess.RunAsync(
            "keys", "create", "--index", _data.Path, "--name", "first admin", "--scopes", "read-protected,write",
            "--expires", "30d");
        Assert.True(created == 0, error);
        var key = output.TrimEnd().Split('\n')[^1];
        Assert.StartsWith("csk_", key, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_data.Path, "store.db")));

        var (listed, list, _) = await ApiProcess.RunAsync("keys", "list", "--index", _data.Path);
        Assert.Equal(0, listed);
        var line = Assert.Single(list.TrimEnd().Split('\n'));
        Assert.StartsWith("key_", line, StringComparison.Ordinal);
        Assert.Contains("first admin", line, StringComparison.Ordinal);
        Assert.Contains("read-protected,write", line, StringComparison.Ordinal);
        Assert.DoesNotContain(key, list, StringComparison.Ordinal);

        var id = line.Split("  ")[0];
        var (revoked, _, revokeError) = await ApiProcess.RunAsync("keys", "revoke", "--index", _data.Path, id);
        Assert.True(revoked == 0, revokeError);
        var (_, afterRevoke, _) = await ApiProcess.RunAsync("keys", "list", "--index", _data.Path);
        Assert.Contains("revoked", afterRevoke, StringComparison.Ordinal);
        var (again, _, againError) = await ApiProcess.RunAsync("keys", "revoke", "--index", _data.Path, id);
        Assert.Equal(1, again);
        Assert.Contains(id, againError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("keys", "create", "--index", "DIR", "--name", "x", "--scopes", "root")]
    [InlineData("keys", "create", "--index", "DIR", "--scopes", "read")]
    [InlineData("keys", "make", "--index", "DIR")]
    [InlineData("keys", "list", "--index", "DIR", "extra")]
    [InlineData("keys", "list")]
    [InlineData("keys")]
    [InlineData("serve", "--index", "DIR")]
    [InlineData("--index", "DIR", "now")]
    public async Task What_the_command_line_does_not_know_is_refused_with_the_usage_and_exit_2(params string[] args)
    {
        var (exit, output, error) = await ApiProcess.RunAsync([.. args.Select(a => a == "DIR" ? _data.Path : a)]);
        Assert.Equal(2, exit);
        Assert.Contains("Usage:", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_data.Path, "store.db")));
    }

    public void Dispose() => _data.Dispose();
}
