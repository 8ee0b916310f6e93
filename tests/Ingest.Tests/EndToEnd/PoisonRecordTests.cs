using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CrashSearch.Indexer.Queries;
using CrashSearch.Ingest.Sources;
using CrashSearch.Ingest.Tests.Support;

namespace CrashSearch.Ingest.Tests.EndToEnd;

/// <summary>
/// Records the index cannot take whole (a frame function over Lucene's term limit, a stack of 100,000 frames) and
/// crashes dated outside the weeks searches read, through the real ingest path: none of them stops the run.
/// </summary>
public sealed partial class PoisonRecordTests : IDisposable
{
    readonly TempDirectory _temp = new();

    string IndexDirectory => _temp.Combine("index");

    public void Dispose() => _temp.Dispose();

    [GeneratedRegex(@"^ingested (\d+), quarantined (\d+), truncated (\d+) "
        + @"\(long values (\d+), deep stacks (\d+)\), \d+\.\d crashes/s$")]
    private static partial Regex SummaryLine();

    /// <summary>Ingested, quarantined, truncated, long values, deep stacks: the last line of the output.</summary>
    static long[] Summary(string output)
    {
        var last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
        var match = SummaryLine().Match(last);
        Assert.True(match.Success, $"the last line of standard output is not a summary: '{last}'");
        return [.. match.Groups.Values.Skip(1).Select(g => long.Parse(g.Value, CultureInfo.InvariantCulture))];
    }

    [Fact]
    public async Task A_40_000_character_frame_function_among_6_000_good_crashes_is_indexed_cut_and_the_run_exits_0()
    {
        var longFunction = "js::Poison::" + new string('x', 40_000);
        var lines = new StringBuilder();
        for (var i = 0; i < 6_001; i++)
        {
            var crash = i == 3_000
                ? TestCrashes.Minimal("poison", function: longFunction)
                : TestCrashes.Minimal($"good-{i:D4}");
            lines.Append(crash.ToJsonString()).Append('\n');
        }
        var file = _temp.Write("poison.jsonl", lines.ToString());

        var (code, output, error) = await IngestProcess.RunAsync(
            null, "--source", file, "--index", IndexDirectory, "--once", "--retention-weeks", "none");

        Assert.True(code == 0, $"exit {code}: {error}");
        Assert.Equal([6_001, 0, 1, 1, 0], Summary(output));
        Assert.Contains(
            "crash poison is indexed cut: values over 32766 UTF-8 bytes in function", error, StringComparison.Ordinal);
        Assert.Equal(6_001, await LuceneIngest.CountAsync(IndexDirectory));
        Assert.Equal(["poison"], await FunctionAsync(PredicateOperator.StartsWith, "js::Poison::xxx"));
        Assert.Equal(["poison"], await FunctionAsync(PredicateOperator.Exact, longFunction));
        Assert.Equal(["poison"], await FunctionAsync(PredicateOperator.Match, "poison"));
    }

    [Fact]
    public async Task Crashes_dated_in_the_years_1_and_1900_are_quarantined_with_the_reason_and_not_counted()
    {
        var now = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        WriteDated("today", now);
        WriteDated("year-1", "0001-01-01T00:00:00Z");
        WriteDated("year-1900", "1900-01-01 00:00:00+00:00");

        var (code, output, error) = await IngestProcess.RunAsync(
            null, "--source", _temp.Combine("crashes"), "--index", IndexDirectory, "--once");

        Assert.True(code == 0, $"exit {code}: {error}");
        Assert.Equal([1, 2, 0, 0, 0], Summary(output));
        var reasons = Reasons();
        Assert.Equal(2, reasons.Count);
        Assert.All(reasons, reason => Assert.Contains(
            "the first day of the 26-week retention: no search would read it", reason, StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.StartsWith("date_processed 0001-01-01T00:00:00Z ", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.StartsWith("date_processed 1900-01-01T00:00:00Z ", StringComparison.Ordinal));
        var weeks = Directory.GetDirectories(IndexDirectory).Select(Path.GetFileName).ToList();
        Assert.DoesNotContain(weeks, week => week!.StartsWith("0001", StringComparison.Ordinal));
        Assert.DoesNotContain(weeks, week => week!.StartsWith("1900", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_crash_dated_in_the_last_iso_week_of_9999_is_quarantined_and_searches_keep_working()
    {
        WriteDated("year-9999", "9999-12-31T00:00:00Z");
        _temp.Write("crashes/good.json", TestCrashes.Minimal("good").ToJsonString());

        var summary = await LuceneIngest.RunAsync(IndexDirectory, Files());

        Assert.Equal((1L, 1L), (summary.Ingested, summary.Quarantined));
        Assert.Equal(
            "field 'date' (date_processed): expected a date before the year 9999, got string \"9999-12-31T00:00:00Z\"",
            Assert.Single(Reasons()));
        Assert.Equal(["good"], await LuceneIngest.UuidsAsync(IndexDirectory));
    }

    [Fact]
    public async Task A_crash_of_100_000_frames_is_indexed_up_to_frame_500_and_counted_as_a_deep_stack()
    {
        var crash = TestCrashes.Minimal("deep");
        var frames = new JsonArray();
        for (var i = 0; i < 100_000; i++)
            frames.Add(new JsonObject { ["frame"] = i, ["function"] = $"Recurse{i}", ["module"] = "xul.dll" });
        crash["json_dump"]!["crashing_thread"]!["frames"] = frames;
        _temp.Write("crashes/deep.json", crash.ToJsonString());
        _temp.Write("crashes/shallow.json", TestCrashes.Minimal("shallow").ToJsonString());

        var summary = await LuceneIngest.RunAsync(IndexDirectory, Files());

        Assert.Equal((2L, 0L), (summary.Ingested, summary.Quarantined));
        Assert.Equal(new IngestTruncations(1, 0, 1), summary.Truncated);
        Assert.Equal(["deep"], await FunctionAsync(PredicateOperator.Exact, "Recurse0"));
        Assert.Equal(["deep"], await FunctionAsync(PredicateOperator.Exact, "Recurse499"));
        Assert.Empty(await FunctionAsync(PredicateOperator.Exact, "Recurse500"));
    }

    FileCrashSource Files() => new(_temp.Combine("crashes"), watch: false, TimeProvider.System);

    Task<IReadOnlyList<string>> FunctionAsync(PredicateOperator op, string value) =>
        LuceneIngest.FunctionAsync(IndexDirectory, op, value);

    void WriteDated(string uuid, string date)
    {
        var crash = TestCrashes.Minimal(uuid);
        crash["date_processed"] = date;
        _temp.Write($"crashes/{uuid}.json", crash.ToJsonString());
    }

    List<string> Reasons() =>
    [
        .. Directory.GetFiles(Path.Combine(IndexDirectory, "quarantine"), "*.reason.json", SearchOption.AllDirectories)
            .Select(sidecar => JsonDocument.Parse(File.ReadAllText(sidecar)).RootElement)
            .Select(sidecar => sidecar.GetProperty("reason").GetString()!),
    ];
}
