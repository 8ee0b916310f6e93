using CrashSearch.Indexer.Documents;
using CrashSearch.Indexer.Lucene;
using CrashSearch.Indexer.Queries;
using static CrashSearch.Indexer.Tests.Lucene.Crashes;

namespace CrashSearch.Indexer.Tests.Lucene;

public sealed class AggregationTests : IDisposable
{
    static readonly string[] Products = ["Firefox", "Fenix", "Thunderbird", "Focus"];
    static readonly string[] Versions = ["145.0", "145.0.1", "146.0b1", "146.0b2", "147.0a1", "140.5esr"];
    static readonly string[] Platforms = ["Windows NT", "Linux", "Mac OS X", "Android"];
    static readonly string[] Addons = ["a@x:1", "b@y:2", "c@z:3", "d@w:4", "e@v:5"];

    readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    /// <summary>Random crashes over three weeks, indexed in several committed batches so there are many segments.</summary>
    static List<CrashDocument> RandomCrashes(int count, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(i => Crash(
            $"c{i:D5}",
            Monday.AddSeconds(random.Next(0, 21 * 24 * 3600)),
            new
            {
                product = Products[Math.Min(random.Next(5), 3)],
                version = random.Next(10) == 0 ? null : Versions[random.Next(Versions.Length)],
                platform = Platforms[random.Next(Platforms.Length)],
                cpu_count = random.Next(5) == 0 ? (object?)null : (long)(1 << random.Next(5)),
                startup_crash = random.Next(3) == 0,
                addons = Addons.Where(_ => random.Next(3) == 0).ToArray(),
            })).ToList();
    }

    async Task<LuceneCrashIndex> Indexed(List<CrashDocument> crashes)
    {
        var index = Open(_directory);
        foreach (var batch in crashes.Chunk(97))
        {
            await index.IndexAsync(batch, TestContext.Current.CancellationToken);
            await index.CommitAsync(null, TestContext.Current.CancellationToken);
        }
        return index;
    }

    static IEnumerable<object> ValuesOf(CrashDocument crash, string field) =>
        crash.Values.GetValueOrDefault(field) ?? [];

    /// <summary>What a terms aggregation must answer, computed with LINQ.</summary>
    static List<(object Key, long Count)> ExpectedTerms(IEnumerable<CrashDocument> crashes, string field, int size) =>
        crashes.SelectMany(c => ValuesOf(c, field).Distinct())
            .GroupBy(v => v)
            .Select(g => (Key: g.Key, Count: (long)g.Count()))
            .OrderByDescending(t => t.Count)
            .ThenBy(t => t.Key, Comparer<object>.Create((a, b) => a is string x ? string.CompareOrdinal(x, (string)b) : ((IComparable)a).CompareTo(b)))
            .Take(size)
            .ToList();

    static List<(object Key, long Count)> Actual(AggregationResult result) =>
        result.Buckets.Select(b => (b.Key, b.Count)).ToList();

    [Theory]
    [InlineData("product", 3)]
    [InlineData("version", 4)]
    [InlineData("version", 100)]
    [InlineData("platform", 2)]
    [InlineData("cpu_count", 10)]
    [InlineData("startup_crash", 5)]
    [InlineData("addons", 3)]
    public async Task Terms_counts_equal_a_linq_computation(string field, int size)
    {
        var crashes = RandomCrashes(700, 11);
        using var index = await Indexed(crashes);
        var result = await index.SearchAsync(Query() with { Size = 0, Aggregations = [new TermsAggregation("t", field, size, [])] }, TestContext.Current.CancellationToken);
        Assert.Equal(ExpectedTerms(crashes, field, size), Actual(result.Aggregations.Single()));
    }

    [Fact]
    public async Task Terms_respect_the_filter_and_deleted_documents()
    {
        var crashes = RandomCrashes(400, 12);
        using var index = await Indexed(crashes);
        // Re-index a tenth of the crashes with another product, leaving deleted copies in the segments.
        var changed = crashes.Where((_, i) => i % 10 == 0).Select(c => Crash(c.Uuid, c.Date, new { product = "Changed", platform = "Linux" })).ToList();
        await index.IndexAsync(changed, TestContext.Current.CancellationToken);
        var current = crashes.Where((_, i) => i % 10 != 0).Concat(changed).ToList();
        var filter = new FieldPredicate("platform", PredicateOperator.Match, "linux");
        var result = await index.SearchAsync(Query(filter) with { Size = 0, Aggregations = [new TermsAggregation("t", "product", 10, [])] }, TestContext.Current.CancellationToken);
        var expected = ExpectedTerms(current.Where(c => ValuesOf(c, "platform").Contains("Linux")), "product", 10);
        Assert.Equal(expected, Actual(result.Aggregations.Single()));
        Assert.Equal(expected.Sum(e => e.Count), result.Total);
    }

    [Fact]
    public async Task Nested_terms_count_within_each_parent_bucket()
    {
        var crashes = RandomCrashes(600, 13);
        using var index = await Indexed(crashes);
        var aggregation = new TermsAggregation("p", "product", 3, [new TermsAggregation("v", "version", 2, [new TermsAggregation("a", "addons", 2, [])])]);
        var result = await index.SearchAsync(Query() with { Size = 0, Aggregations = [aggregation] }, TestContext.Current.CancellationToken);
        foreach (var product in result.Aggregations.Single().Buckets)
        {
            var inProduct = crashes.Where(c => ValuesOf(c, "product").Contains(product.Key)).ToList();
            var versions = product.Children.Single();
            Assert.Equal(ExpectedTerms(inProduct, "version", 2), Actual(versions));
            foreach (var version in versions.Buckets)
            {
                var inVersion = inProduct.Where(c => ValuesOf(c, "version").Contains(version.Key));
                Assert.Equal(ExpectedTerms(inVersion, "addons", 2), Actual(version.Children.Single()));
            }
        }
        Assert.Equal(ExpectedTerms(crashes, "product", 3), Actual(result.Aggregations.Single()));
    }

    [Theory]
    [InlineData("day")]
    [InlineData("week")]
    [InlineData("month")]
    [InlineData("6h")]
    [InlineData("hour")]
    [InlineData("year")]
    public async Task Date_histograms_bucket_by_calendar_unit_or_span_in_utc(string interval)
    {
        var crashes = RandomCrashes(500, 14);
        using var index = await Indexed(crashes);
        Func<DateTimeOffset, DateTimeOffset> bucket = interval switch
        {
            "day" => d => new DateTimeOffset(d.UtcDateTime.Date, TimeSpan.Zero),
            "week" => d => new DateTimeOffset(d.UtcDateTime.Date.AddDays(-(((int)d.UtcDateTime.DayOfWeek + 6) % 7)), TimeSpan.Zero),
            "month" => d => new DateTimeOffset(d.Year, d.Month, 1, 0, 0, 0, TimeSpan.Zero),
            "year" => d => new DateTimeOffset(d.Year, 1, 1, 0, 0, 0, TimeSpan.Zero),
            "hour" => d => new DateTimeOffset(d.Year, d.Month, d.Day, d.Hour, 0, 0, TimeSpan.Zero),
            _ => d => new DateTimeOffset(d.Year, d.Month, d.Day, d.Hour / 6 * 6, 0, 0, TimeSpan.Zero),
        };
        var histogramInterval = interval switch
        {
            "day" => new HistogramInterval { Unit = CalendarUnit.Day },
            "week" => new HistogramInterval { Unit = CalendarUnit.Week },
            "month" => new HistogramInterval { Unit = CalendarUnit.Month },
            "year" => new HistogramInterval { Unit = CalendarUnit.Year },
            "hour" => new HistogramInterval { Unit = CalendarUnit.Hour },
            _ => new HistogramInterval { Span = TimeSpan.FromHours(6) },
        };
        var result = await index.SearchAsync(Query() with { Size = 0, Aggregations = [new HistogramAggregation("h", "date", histogramInterval, [])] }, TestContext.Current.CancellationToken);
        var expected = crashes.GroupBy(c => bucket(c.Date)).OrderBy(g => g.Key).Select(g => ((object)g.Key, (long)g.Count())).ToList();
        Assert.Equal(expected, Actual(result.Aggregations.Single()));
    }

    [Fact]
    public async Task Histograms_carry_sub_aggregations()
    {
        var crashes = RandomCrashes(300, 15);
        using var index = await Indexed(crashes);
        var aggregation = new HistogramAggregation("h", "date", new HistogramInterval { Unit = CalendarUnit.Week }, [new TermsAggregation("p", "platform", 2, [])]);
        var result = await index.SearchAsync(Query() with { Size = 0, Aggregations = [aggregation] }, TestContext.Current.CancellationToken);
        foreach (var week in result.Aggregations.Single().Buckets)
        {
            var start = (DateTimeOffset)week.Key;
            var inWeek = crashes.Where(c => c.Date >= start && c.Date < start.AddDays(7));
            Assert.Equal(ExpectedTerms(inWeek, "platform", 2), Actual(week.Children.Single()));
        }
    }

    [Fact]
    public async Task Number_histograms_bucket_by_width_aligned_on_zero()
    {
        var crashes = RandomCrashes(300, 16);
        using var index = await Indexed(crashes);
        var result = await index.SearchAsync(Query() with
        {
            Size = 0,
            Aggregations = [new HistogramAggregation("h", "cpu_count", new HistogramInterval { Width = 3 }, [])],
        }, TestContext.Current.CancellationToken);
        var expected = crashes.SelectMany(c => ValuesOf(c, "cpu_count")).Select(v => Math.Floor((long)v / 3.0) * 3)
            .GroupBy(k => k).OrderBy(g => g.Key).Select(g => ((object)g.Key, (long)g.Count())).ToList();
        Assert.Equal(expected, Actual(result.Aggregations.Single()));
    }

    [Fact]
    public async Task Cardinality_is_the_exact_number_of_distinct_values()
    {
        var crashes = RandomCrashes(250, 17);
        using var index = await Indexed(crashes);
        var filter = new FieldPredicate("product", PredicateOperator.Exact, "Fenix");
        var result = await index.SearchAsync(Query(filter) with
        {
            Size = 0,
            Aggregations = [new CardinalityAggregation("v", "version"), new CardinalityAggregation("a", "addons"), new CardinalityAggregation("c", "cpu_count")],
        }, TestContext.Current.CancellationToken);
        var fenix = crashes.Where(c => ValuesOf(c, "product").Contains("Fenix")).ToList();
        Assert.Equal(fenix.SelectMany(c => ValuesOf(c, "version")).Distinct().Count(), result.Aggregations[0].Value);
        Assert.Equal(fenix.SelectMany(c => ValuesOf(c, "addons")).Distinct().Count(), result.Aggregations[1].Value);
        Assert.Equal(fenix.SelectMany(c => ValuesOf(c, "cpu_count")).Distinct().Count(), result.Aggregations[2].Value);
    }

    [Fact]
    public async Task Protected_fields_are_not_aggregated_without_permission()
    {
        using var index = await OpenWith(_directory, Crash("p", Monday, new { url = "https://example.com" }));
        var query = Query() with { Aggregations = [new TermsAggregation("u", "url", 5, [])] };
        var error = await Assert.ThrowsAsync<InvalidQueryException>(() => index.SearchAsync(query, TestContext.Current.CancellationToken));
        Assert.Equal("url", error.Parameter);
        var allowed = await index.SearchAsync(query with { CanReadProtected = true }, TestContext.Current.CancellationToken);
        Assert.Equal("https://example.com", allowed.Aggregations.Single().Buckets.Single().Key);
    }

    [Fact]
    public async Task A_histogram_interval_that_makes_too_many_buckets_is_refused()
    {
        using var index = await OpenWith(_directory, Crash("x", Monday, new { }), Crash("y", Monday.AddDays(20), new { }));
        var query = Query() with { Aggregations = [new HistogramAggregation("h", "date", new HistogramInterval { Span = TimeSpan.FromSeconds(1) }, [])] };
        await Assert.ThrowsAsync<InvalidQueryException>(() => index.SearchAsync(query, TestContext.Current.CancellationToken));
    }
}
