using CrashSearch.Ingest.Sources;
using CrashSearch.Ingest.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CrashSearch.Ingest.Tests.Sources;

public sealed class CrashSourceSpecTests
{
    static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Synthetic_specs_take_a_count_and_optional_seed_and_days()
    {
        var source = Assert.IsType<SyntheticCrashSource>(CrashSourceSpec.Parse("synthetic:1000?seed=7&days=3", Time));
        Assert.Equal((1000L, 7, 3, Time.GetUtcNow()), (source.Count, source.Seed, source.Days, source.ReferenceTime));
        source = Assert.IsType<SyntheticCrashSource>(CrashSourceSpec.Parse("synthetic:20000", Time));
        Assert.Equal((20000L, 1, 30), (source.Count, source.Seed, source.Days));
    }

    [Theory]
    [InlineData("synthetic:", "the crash count must be a whole number of at least 1")]
    [InlineData("synthetic:0", "the crash count must be a whole number of at least 1")]
    [InlineData("synthetic:ten", "the crash count must be a whole number of at least 1")]
    [InlineData("synthetic:10?seed=x", "seed must be a whole number, not 'x'")]
    [InlineData("synthetic:10?days=0", "days must be a whole number of at least 1, not '0'")]
    [InlineData("synthetic:10?colour=red", "unknown option 'colour'")]
    [InlineData("", "The source is empty")]
    [InlineData("/no/such/dir", "The source '/no/such/dir' does not exist")]
    public void Bad_specs_are_refused_with_a_clear_message(string spec, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => CrashSourceSpec.Parse(spec, Time));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgres://localhost/socorro")]
    [InlineData("hbase:http://localhost:8080/crash_reports")]
    public void Database_sources_are_not_supported_yet(string spec)
    {
        var error = Assert.Throws<NotSupportedException>(() => CrashSourceSpec.Parse(spec, Time));
        Assert.Contains("is not supported yet", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Paths_and_standard_input_become_file_and_stream_sources()
    {
        using var temp = new TempDirectory();
        Assert.IsType<StreamCrashSource>(CrashSourceSpec.Parse("-", Time));
        Assert.IsType<FileCrashSource>(CrashSourceSpec.Parse(temp.Path, Time, watch: true));
        Assert.IsType<FileCrashSource>(CrashSourceSpec.Parse(temp.Write("a.jsonl.gz", ""), Time));
        var text = temp.Write("notes.txt", "");
        Assert.Contains("is not a crash file", Assert.Throws<ArgumentException>(() => CrashSourceSpec.Parse(text, Time)).Message, StringComparison.Ordinal);
    }
}
