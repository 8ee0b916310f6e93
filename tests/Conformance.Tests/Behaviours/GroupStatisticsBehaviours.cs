using CrashSearch.Conformance.Tests.Backends;
using CrashSearch.Conformance.Tests.Support;
using CrashSearch.Indexer.Queries;

namespace CrashSearch.Conformance.Tests.Behaviours;

/// <summary>
/// What analysis jobs group with: the bucket of crashes without a value
/// (<see cref="TermsAggregation.IncludeMissing"/>), number statistics (<see cref="NumberStatsAggregation"/>), and
/// distinct counts of a few crashes among many values.
/// </summary>
public abstract class GroupStatisticsBehaviours(ICrashIndexBackend backend) : ConformanceTest(backend)
{
    Task IndexUptimesAsync() => IndexAsync(
        Crash("a").With("os_name", "Windows NT").With("uptime", 10).WithList("addons", "x@a:1").With("version", "1"),
        Crash("b").With("os_name", "Windows NT").With("uptime", 30).With("version", "2"),
        Crash("c").With("os_name", "Windows NT").With("uptime", 20).WithList("addons", "y@b:2").With("version", "1"),
        Crash("d").With("os_name", "Linux").With("uptime", 5).With("version", "1"),
        Crash("e").With("uptime", 40).With("version", "3"),
        Crash("f").With("version", "3"));

    async Task<AggregationResult> AggregateAsync(Aggregation aggregation)
    {
        var result = await Index.SearchAsync(Query() with { Size = 0, Aggregations = [aggregation] }, Cancellation);
        Assert.Empty(result.Errors);
        return result.Aggregations[0];
    }

    static string Text(AggregationBucket bucket) =>
        bucket.Key is MissingTerm ? $"(missing)={bucket.Count}" : $"{BucketText.Key(bucket.Key)}={bucket.Count}";

    [Fact]
    public async Task Crashes_without_the_field_form_a_last_bucket_with_its_own_sub_aggregations()
    {
        await IndexUptimesAsync();
        var platforms = await AggregateAsync(new TermsAggregation("platforms", "platform", 1,
            [new CardinalityAggregation("versions", "version")]) { IncludeMissing = true });

        Assert.Equal(["Windows NT=3", "(missing)=2"], platforms.Buckets.Select(Text));
        Assert.Same(MissingTerm.Value, platforms.Buckets[^1].Key);
        Assert.Equal(1, platforms.Buckets[^1].Children[0].Value);
        Assert.Equal(2, platforms.Buckets[0].Children[0].Value);
    }

    [Fact]
    public async Task A_multi_valued_field_counts_its_crashes_without_any_value_as_missing()
    {
        await IndexUptimesAsync();
        var addons = await AggregateAsync(
            new TermsAggregation("addons", "addons", 10, []) { IncludeMissing = true });

        Assert.Equal(["x@a:1=1", "y@b:2=1", "(missing)=4"], addons.Buckets.Select(Text));
    }

    [Fact]
    public async Task No_missing_bucket_is_given_when_every_crash_has_the_field_or_none_was_asked_for()
    {
        await IndexUptimesAsync();
        var versions = await AggregateAsync(
            new TermsAggregation("versions", "version", 10, []) { IncludeMissing = true });
        var platforms = await AggregateAsync(new TermsAggregation("platforms", "platform", 10, []));

        Assert.Equal(["1=3", "3=2", "2=1"], versions.Buckets.Select(Text));
        Assert.Equal(["Windows NT=3", "Linux=1"], platforms.Buckets.Select(Text));
    }

    [Fact]
    public async Task Number_statistics_give_the_count_least_greatest_and_percentiles_of_the_values()
    {
        await IndexUptimesAsync();
        var stats = (await AggregateAsync(new NumberStatsAggregation("uptime", "uptime", [0, 50, 100]))).Stats!;

        Assert.Equal(5, stats.Count);
        Assert.Equal(5, stats.Min);
        Assert.Equal(40, stats.Max);
        Assert.Equal(3, stats.Percentiles.Count);
        if (Backend.ExactCardinality)
            Assert.Equal([5, 20, 40], stats.Percentiles);
        else
            Assert.All(stats.Percentiles, p => Assert.InRange(p!.Value, 5, 40));
    }

    [Fact]
    public async Task Number_statistics_nest_under_terms_and_are_empty_where_no_crash_has_a_value()
    {
        await IndexUptimesAsync();
        var platforms = await AggregateAsync(new TermsAggregation("platforms", "platform", 10,
            [new NumberStatsAggregation("uptime", "uptime", [50])]) { IncludeMissing = true });
        var none = await Index.SearchAsync(Query(new AllOf([
            new FieldPredicate("version", PredicateOperator.Exact, "3"),
            new Not(new FieldPredicate("uptime", PredicateOperator.Exists, "")),
        ])) with { Size = 0, Aggregations = [new NumberStatsAggregation("uptime", "uptime", [50, 90])] }, Cancellation);

        var windows = platforms.Buckets[0].Children[0].Stats!;
        Assert.Equal((3L, 10.0, 30.0), (windows.Count, windows.Min!.Value, windows.Max!.Value));
        var missing = platforms.Buckets[^1].Children[0].Stats!;
        Assert.Equal((1L, 40.0, 40.0), (missing.Count, missing.Min!.Value, missing.Max!.Value));
        var empty = none.Aggregations[0].Stats!;
        Assert.Equal((0L, null, null), (empty.Count, empty.Min, empty.Max));
        Assert.Equal([null, null], empty.Percentiles);
    }

    [Theory]
    [InlineData("version")]
    [InlineData("signature")]
    public async Task Number_statistics_of_a_field_that_is_not_a_number_are_refused_naming_it(string field)
    {
        await IndexUptimesAsync();
        var refused = await Assert.ThrowsAsync<InvalidQueryException>(() => Index.SearchAsync(
            Query() with { Size = 0, Aggregations = [new NumberStatsAggregation("stats", field, [50])] },
            Cancellation));
        Assert.Equal(field, refused.Parameter);
    }

    [Fact]
    public async Task A_distinct_count_of_a_few_crashes_among_many_values_counts_only_theirs()
    {
        var crashes = Enumerable.Range(0, 60)
            .Select(i => Crash($"firefox-{i:D2}").With("product", "Firefox").With("install_time", 1_700_000_000 + i))
            .Append(Crash("fenix-1").With("product", "Fenix").With("install_time", 1_600_000_000))
            .Append(Crash("fenix-2").With("product", "Fenix").With("install_time", 1_600_000_000))
            .Append(Crash("fenix-3").With("product", "Fenix").With("install_time", 1_600_000_001))
            .Append(Crash("fenix-4").With("product", "Fenix"));
        await IndexAsync([.. crashes]);

        var products = await AggregateAsync(new TermsAggregation("products", "product", 10,
            [new CardinalityAggregation("installs", "install_time")]));

        Assert.Equal(["Firefox=60", "Fenix=4"], products.Buckets.Select(Text));
        Assert.Equal([60L, 2L], products.Buckets.Select(b => b.Children[0].Value!.Value));
    }
}
