using System.Text;
using System.Text.Json;
using CrashSearch.Ingest.Sources;
using Microsoft.Extensions.Time.Testing;

namespace CrashSearch.Ingest.Tests;

public sealed class QuarantineTests
{
    [Fact]
    public void A_record_is_kept_byte_for_byte_with_its_reason_in_a_day_folder()
    {
        using var temp = new TempDirectory();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 23, 59, 0, TimeSpan.FromHours(-2)));
        var quarantine = new Quarantine(temp.Path, time);
        var bytes = Encoding.UTF8.GetBytes("{not json");

        var path = quarantine.Add(new SourceRecord("crashes.jsonl:7", bytes), "invalid JSON: oops");

        Assert.Equal(temp.Combine("20261121"), Path.GetDirectoryName(path));
        Assert.EndsWith(".json", path, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(path));
        using var sidecar = JsonDocument.Parse(File.ReadAllText(path[..^".json".Length] + ".reason.json"));
        Assert.Equal("crashes.jsonl:7", sidecar.RootElement.GetProperty("origin").GetString());
        Assert.Equal("invalid JSON: oops", sidecar.RootElement.GetProperty("reason").GetString());
        Assert.Equal(time.GetUtcNow(), sidecar.RootElement.GetProperty("quarantinedAt").GetDateTimeOffset());
        Assert.Equal(1, quarantine.Count);
        Assert.Empty(Directory.GetFiles(temp.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Different_records_get_different_files_and_the_same_record_one()
    {
        using var temp = new TempDirectory();
        var quarantine = new Quarantine(temp.Path);
        var first = quarantine.Add(new SourceRecord("a", "1"u8.ToArray()), "bad");
        var second = quarantine.Add(new SourceRecord("b", "2"u8.ToArray()), "bad");
        var again = quarantine.Add(new SourceRecord("c", "1"u8.ToArray()), "still bad");
        Assert.NotEqual(first, second);
        Assert.Equal(first, again);
        Assert.Equal(3, quarantine.Count);
        Assert.Equal(4, Directory.GetFiles(temp.Path, "*", SearchOption.AllDirectories).Length);
    }
}
