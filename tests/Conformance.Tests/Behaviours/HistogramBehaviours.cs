using CrashSearch.Conformance.Tests.Backends;
using CrashSearch.Conformance.Tests.Support;

namespace CrashSearch.Conformance.Tests.Behaviours;

/// <summary><c>_histogram.*</c> and <c>_histogram_interval.*</c> on dates (calendar units, fixed spans) and numbers.</summary>
public abstract class HistogramBehaviours(ICrashIndexBackend backend) : ConformanceTest(backend)
{
    // Now is Friday 2026-11-20T12:00:00Z.
    Task IndexTimesAsync() => IndexAsync(
        Crash("a").At(new DateTimeOffset(2026, 11, 20, 11, 10, 0, TimeSpan.Zero)).With("product", "Firefox").With("build", 105L).With("uptime", 5L),
        Crash("b").At(new DateTimeOffset(2026, 11, 20, 5, 59, 0, TimeSpan.Zero)).With("product", "Fenix").With("build", 100L).With("uptime", 1500L),
        Crash("c").At(new DateTimeOffset(2026, 11, 19, 23, 0, 0, TimeSpan.Zero)).With("product", "Firefox").With("build", 131L).With("uptime", 2999L),
        Crash("d").At(new DateTimeOffset(2026, 11, 16, 0, 0, 0, TimeSpan.Zero)).With("product", "Firefox").With("build", 99L),
        Crash("e").At(new DateTimeOffset(2026, 11, 15, 23, 59, 59, TimeSpan.Zero)).With("product", "Firefox").With("build", -3L),
        Crash("f").At(new DateTimeOffset(2026, 10, 30, 8, 0, 0, TimeSpan.Zero)).With("product", "Fenix"),
        Crash("g").At(new DateTimeOffset(2025, 12, 31, 23, 0, 0, TimeSpan.Zero)).With("product", "Fenix"));

    const string WholeYear = "date=>=2025-12-01&";

    [Theory]
    [InlineData("_histogram.date=product", "2026-11-15T00:00:00Z=1|2026-11-16T00:00:00Z=1|2026-11-19T00:00:00Z=1|2026-11-20T00:00:00Z=2")]
    [InlineData("_histogram.date=product&_histogram_interval.date=day", "2026-11-15T00:00:00Z=1|2026-11-16T00:00:00Z=1|2026-11-19T00:00:00Z=1|2026-11-20T00:00:00Z=2")]
    [InlineData("_histogram.date=product&_histogram_interval.date=hour", "2026-11-15T23:00:00Z=1|2026-11-16T00:00:00Z=1|2026-11-19T23:00:00Z=1|2026-11-20T05:00:00Z=1|2026-11-20T11:00:00Z=1")]
    [InlineData("_histogram.date=product&_histogram_interval.date=week", "2026-11-09T00:00:00Z=1|2026-11-16T00:00:00Z=4")]
    [InlineData(WholeYear + "_histogram.date=product&_histogram_interval.date=month", "2025-12-01T00:00:00Z=1|2026-10-01T00:00:00Z=1|2026-11-01T00:00:00Z=5")]
    [InlineData(WholeYear + "_histogram.date=product&_histogram_interval.date=year", "2025-01-01T00:00:00Z=1|2026-01-01T00:00:00Z=6")]
    [InlineData("_histogram.date=product&_histogram_interval.date=6h", "2026-11-15T18:00:00Z=1|2026-11-16T00:00:00Z=1|2026-11-19T18:00:00Z=1|2026-11-20T00:00:00Z=1|2026-11-20T06:00:00Z=1")]
    [InlineData("_histogram.date=product&_histogram_interval.date=2d", "2026-11-15T00:00:00Z=2|2026-11-19T00:00:00Z=3")]
    [InlineData("_histogram.date=product&_histogram_interval.date=30m", "2026-11-15T23:30:00Z=1|2026-11-16T00:00:00Z=1|2026-11-19T23:00:00Z=1|2026-11-20T05:30:00Z=1|2026-11-20T11:00:00Z=1")]
    public async Task Date_histograms_bucket_by_calendar_unit_or_fixed_span_and_omit_empty_buckets(string query, string expected)
    {
        await IndexTimesAsync();
        var buckets = (await SuperSearchAsync(query)).Buckets("histogram_date").Select(b => b.Split(' ')[0]);
        Assert.Equal(expected.Split('|'), buckets);
    }

    [Fact]
    public async Task Each_date_bucket_carries_its_sub_facets()
    {
        await IndexTimesAsync();
        var answer = await SuperSearchAsync("_histogram.date=product&_histogram_interval.date=week");
        Assert.Equal(["2026-11-09T00:00:00Z=1 {product: Firefox=1}", "2026-11-16T00:00:00Z=4 {product: Firefox=3, Fenix=1}"], answer.Buckets("histogram_date"));
    }

    [Theory]
    [InlineData("_histogram.build_id=product&_histogram_interval.build_id=10", "-10=1|90=1|100=2|130=1")]
    [InlineData("_histogram.build_id=product&_histogram_interval.build_id=50", "-50=1|50=1|100=3")]
    [InlineData("_histogram.build_id=product", "-3=1|99=1|100=1|105=1|131=1")]
    [InlineData("_histogram.uptime=product&_histogram_interval.uptime=1000", "0=1|1000=1|2000=1")]
    [InlineData("_histogram.uptime=product&_histogram_interval.uptime=2.5", "5=1|1500=1|2997.5=1")]
    public async Task Number_histograms_bucket_from_zero_by_the_interval(string query, string expected)
    {
        await IndexTimesAsync();
        var field = query[11..query.IndexOf('=', StringComparison.Ordinal)];
        var buckets = (await SuperSearchAsync(query)).Buckets("histogram_" + field).Select(b => b.Split(' ')[0]);
        Assert.Equal(expected.Split('|'), buckets);
    }

    [Fact]
    public async Task Histogram_keys_are_dates_and_numbers()
    {
        await IndexTimesAsync();
        var answer = await SuperSearchAsync("_histogram.date=product&_histogram.build_id=product&_histogram_interval.build_id=100");
        Assert.IsType<DateTimeOffset>(answer.Facet("histogram_date").Buckets[0].Key);
        Assert.Equal([-100.0, 0.0, 100.0], answer.Facet("histogram_build_id").Buckets.Select(b => b.Key));
    }

    [Fact]
    public async Task An_interval_without_its_histogram_is_reported()
    {
        await IndexTimesAsync();
        var answer = await SuperSearchAsync("_histogram_interval.uptime=10");
        Assert.Contains("parameter '_histogram_interval.uptime' was ignored: no histogram over uptime was asked for", answer.Errors);
    }
}
