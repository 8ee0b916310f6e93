using System.Text;
using CrashSearch.Ingest.Sources;

namespace CrashSearch.Ingest.Tests.Sources;

public sealed class JsonLinesReaderTests
{
    static async Task<List<(long Line, string Text)>> Read(byte[] bytes, int chunk = int.MaxValue)
    {
        using var stream = new ChunkedStream(bytes, chunk);
        var lines = new List<(long, string)>();
        await foreach (var (line, data) in JsonLinesReader.ReadAsync(stream, TestContext.Current.CancellationToken))
            lines.Add((line, Encoding.UTF8.GetString(data)));
        return lines;
    }

    [Fact]
    public async Task Lines_are_split_blank_lines_skipped_and_numbered_as_in_the_file()
    {
        var lines = await Read("{\"a\":1}\n\n  \n{\"b\":2}\r\n{\"c\":3}"u8.ToArray());
        Assert.Equal([(1L, "{\"a\":1}"), (4L, "{\"b\":2}"), (5L, "{\"c\":3}")], lines);
    }

    [Fact]
    public async Task Lines_longer_than_the_buffer_and_split_across_reads_are_whole()
    {
        var big = "{\"x\":\"" + new string('y', 200_000) + "\"}";
        var lines = await Read(Encoding.UTF8.GetBytes($"{big}\n{{\"z\":1}}\n"), chunk: 7919);
        Assert.Equal([(1L, big), (2L, "{\"z\":1}")], lines);
    }

    [Fact]
    public async Task An_empty_stream_has_no_records() => Assert.Empty(await Read([]));

    /// <summary>Returns at most <c>chunk</c> bytes per read, as pipes and sockets do.</summary>
    sealed class ChunkedStream(byte[] data, int chunk) : MemoryStream(data)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);
    }
}
