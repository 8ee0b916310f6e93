using System.Text;
using CrashSearch.Ingest.Sources;

namespace CrashSearch.Ingest.Tests.Sources;

public sealed class StreamCrashSourceTests
{
    [Fact]
    public async Task A_stream_of_json_lines_is_read_like_standard_input()
    {
        var source = new StreamCrashSource("stdin", () => new MemoryStream(Encoding.UTF8.GetBytes("{\"uuid\":\"a\"}\n\n{\"uuid\":\"b\"}")));
        var records = await source.ReadAllAsync();
        Assert.Equal(["stdin:1", "stdin:3"], records.Select(r => r.Origin));
        Assert.Equal("stdin", source.Description);
    }
}
