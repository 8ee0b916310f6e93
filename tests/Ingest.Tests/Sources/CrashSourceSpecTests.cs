using CrashSearch.Ingest.Sources;
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

    [Fact]
    public void Database_specs_become_postgres_and_hbase_sources_without_connecting()
    {
        var postgres = Assert.IsType<Ingest.Sources.Postgres.PostgresCrashSource>(
            CrashSourceSpec.Parse("postgres://crash:secret@db.example:5433/socorro?table=processed_crashes_*&from=2026-01-01&batch=500&poll=3s&overlap=20s", Time, watch: true));
        Assert.Equal(("postgres:processed_crashes_*", 500, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(20), true),
            (postgres.CheckpointKey, postgres.Options.BatchSize, postgres.Options.PollInterval, postgres.Options.Overlap, postgres.Options.Follow));
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), postgres.Options.From);
        Assert.Contains("Host=db.example", postgres.Options.ConnectionString, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", postgres.Description, StringComparison.Ordinal);
        var keyValue = Assert.IsType<Ingest.Sources.Postgres.PostgresCrashSource>(CrashSourceSpec.Parse("postgres:Host=localhost;Database=socorro", Time));
        Assert.Equal("postgres:processed_crashes", keyValue.CheckpointKey);

        var hbase = Assert.IsType<Ingest.Sources.HBase.HBaseCrashSource>(CrashSourceSpec.Parse("hbase:http://localhost:8080/crash_reports?column=raw:json&batch=50", Time));
        Assert.Equal((new Uri("http://localhost:8080/"), "crash_reports", "raw:json", 50, "hbase:crash_reports"),
            (hbase.Options.Gateway, hbase.Options.Table, hbase.Options.Column, hbase.Options.BatchSize, hbase.CheckpointKey));
    }

    [Theory]
    [InlineData("postgres:", "the connection string is empty")]
    [InlineData("postgres:Host=x?table=a;drop", "is not a plain SQL name")]
    [InlineData("postgres:Host=x?batch=0", "batch must be a whole number from 1 to 100000")]
    [InlineData("postgres:Host=x?poll=soon", "poll must be a duration such as 500ms, 2s or 1m")]
    [InlineData("postgres:Host=x?colour=red", "unknown option 'colour'")]
    [InlineData("postgres:Nonsense=1", "the connection string is not valid")]
    [InlineData("hbase:localhost/crash_reports", "expected hbase:http://HOST:PORT/TABLE")]
    [InlineData("hbase:http://localhost:8080/", "the URL names no table")]
    [InlineData("hbase:http://localhost:8080/t?batch=many", "batch 'many' is not valid")]
    public void Bad_database_specs_are_refused_with_a_clear_message(string spec, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => CrashSourceSpec.Parse(spec, Time));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
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
