using CrashSearch.Ingest.Progress;
using CrashSearch.Ingest.Sources;

namespace CrashSearch.Ingest.Tests.Progress;

public sealed class IngestProgressTextTests
{
    static IngestSummary Run(long ingested, long quarantined, long bytes, double seconds, TimeSpan? lag = null) =>
        new(ingested, quarantined, bytes, TimeSpan.FromSeconds(seconds)) { Lag = lag };

    [Fact]
    public void The_counters_give_crashes_speeds_and_quarantined_records()
    {
        Assert.Equal("ingested 12,000   1200.0 crashes/s   2.5 MB/s   quarantined 3",
            IngestProgressText.Counters(Run(12_000, 3, 25_000_000, 10)));
    }

    [Fact]
    public void A_source_of_known_records_gets_a_share_and_the_time_left_at_the_speed_so_far()
    {
        var size = new SourceSize(1000, SourceSizeUnit.Records);
        var line = IngestProgressText.Progress(Run(240, 10, 0, 30), size, follows: false, finished: false);
        Assert.Equal(0.25, line.Share);
        Assert.Equal(" 25%   0:01:30 left", line.Text);
    }

    [Fact]
    public void A_source_of_known_bytes_counts_bytes_read_and_a_finished_run_is_whole()
    {
        var size = new SourceSize(2_000, SourceSizeUnit.Bytes);
        var half = IngestProgressText.Progress(Run(3, 0, 1_000, 1), size, follows: false, finished: false);
        Assert.Equal(0.5, half.Share);
        var done = IngestProgressText.Progress(Run(6, 0, 1_990, 2), size, follows: false, finished: true);
        Assert.Equal((1.0, "100% done"), (done.Share, done.Text));
    }

    [Fact]
    public void A_following_source_shows_its_lag_and_no_bar()
    {
        var run = Run(5, 0, 10, 1, TimeSpan.FromSeconds(3.2));
        var line = IngestProgressText.Progress(run, null, follows: true, finished: false);
        Assert.Equal((null, "following the source, lag 3.2 s"), (line.Share, line.Text));
        Assert.Equal("following the source, waiting for the first commit",
            IngestProgressText.Progress(Run(0, 0, 0, 1), null, follows: true, finished: false).Text);
    }

    [Fact]
    public void A_source_of_unknown_size_says_so()
    {
        var line = IngestProgressText.Progress(Run(5, 0, 10, 1), null, follows: false, finished: false);
        Assert.Equal((null, "reading a source of unknown size"), (line.Share, line.Text));
    }
}
