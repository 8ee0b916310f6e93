using CrashSearch.Indexer.Documents;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Lucene;
using CrashSearch.Indexer.Queries.Building;
using CrashSearch.SearchApi.Analysis;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.Tests.Analysis;

/// <summary>
/// A GROUP job counted by the engine (<see cref="GroupCounting"/>) gives the groups of reading every crash into a
/// <see cref="GroupTable"/>, over <see cref="AnalysisCrashes"/> and crashes that lack the grouped fields.
/// </summary>
public sealed class GroupCountingTests : IDisposable
{
    static readonly FieldCatalogue Catalogue = FieldCatalogue.Default;

    readonly TempDirectory _directory = new("group-counting");

    public static TheoryData<string[], string?, string?> Specs => new()
    {
        { ["signature", "product"], "cpu_arch", "cpu_count" },
        { ["cpu_count"], null, "cpu_count" },
        { ["module", "cpu_arch"], "signature", null },
        { ["product", "platform", "cpu_arch"], "module", "cpu_count" },
        { ["platform"], null, null },
    };

    [Theory]
    [MemberData(nameof(Specs))]
    public async Task The_engine_counts_the_groups_that_reading_every_crash_finds(
        string[] groupBy, string? distinct, string? number)
    {
        var spec = new AnalysisJobSpec
        {
            Kind = AnalysisJobKind.Group, GroupBy = groupBy, Distinct = distinct, Number = number, Percentiles = [0,
                50, 90],
        };
        // Chunks of 10 crashes: the 40 crashes of "OOM | small" and the planted signature's are chunks of their own.
        var settings = new AnalysisOptions { MaxCpuShare = 1, PageSize = 100, GroupChunkSize = 10 };
        using var index = await IndexAsync();
        var query = new AnalysisJobPlanner(new CrashQueryBuilder(Catalogue, new SearchLimits()),
            Options.Create(settings))
            .Query(spec, SearchRights.PublicFields, DateTimeOffset.UtcNow.AddMinutes(1));
        var reports = new List<(long Done, long Total)>();

        Assert.True(GroupCounting.CanCount(spec, Catalogue));
        var counted = await GroupCounting.RunAsync(index, query, spec, Catalogue, settings, (done, total) =>
        {
            reports.Add((done, total));
            return Task.FromResult(true);
        }, TestContext.Current.CancellationToken);
        var table = new GroupTable(spec, settings.MaxGroups);
        var scanned = await AnalysisScan.RunAsync(index, query, settings, table.Add, (_, _) => Task.FromResult(true),
            TestContext.Current.CancellationToken);

        Assert.Equal(scanned, counted!.Value.Crashes);
        Assert.Equal(Text(table.Sealed()), Text(counted.Value.Groups));
        // The crashes made without a platform, and one without a cpu_arch, are groups whose key is null there.
        Assert.Equal(groupBy.Intersect(["platform", "cpu_arch"]).Any(),
            counted.Value.Groups.Any(g => g.Key.Contains(null)));
        Assert.True(reports.Count > 2, "progress is reported between chunks");
        Assert.Equal((scanned!.Value, scanned.Value), reports[^1]);
        Assert.Equal(reports.OrderBy(r => r.Done), reports);
    }

    [Fact]
    public async Task A_cancelled_count_stops_between_chunks()
    {
        var spec = new AnalysisJobSpec { Kind = AnalysisJobKind.Group, GroupBy = ["signature"] };
        var settings = new AnalysisOptions { MaxCpuShare = 1, GroupChunkSize = 10 };
        using var index = await IndexAsync();
        var query = new AnalysisJobPlanner(new CrashQueryBuilder(Catalogue, new SearchLimits()),
            Options.Create(settings))
            .Query(spec, SearchRights.PublicFields, DateTimeOffset.UtcNow.AddMinutes(1));
        var reports = 0;

        var counted = await GroupCounting.RunAsync(index, query, spec, Catalogue, settings,
            (_, _) => Task.FromResult(++reports < 2), TestContext.Current.CancellationToken);

        Assert.Null(counted);
        Assert.Equal(2, reports);
    }

    [Theory]
    [InlineData(new[] { "source_file" }, null, null)]
    [InlineData(new[] { "product" }, "source_file", null)]
    [InlineData(new[] { "date" }, null, null)]
    [InlineData(new[] { "product" }, null, "application_build_id")]
    public void Fields_without_a_column_or_an_exact_value_are_left_to_reading_every_crash(
        string[] groupBy, string? distinct, string? number) =>
        Assert.False(GroupCounting.CanCount(
            new AnalysisJobSpec { Kind = AnalysisJobKind.Group, GroupBy = groupBy, Distinct = distinct,
                Number = number },
            Catalogue));

    /// <summary>
    /// <see cref="AnalysisCrashes"/> with platforms, and three crashes without a platform (one without a cpu_arch
    /// too).
    /// </summary>
    async Task<LuceneCrashIndex> IndexAsync()
    {
        var index = LuceneCrashIndex.Open(_directory.Path, Catalogue, new LuceneIndexOptions());
        var crashes = AnalysisCrashes.All.Select((crash, i) => Copy(crash, crash.Uuid,
                values => values["platform"] = [i % 3 == 0 ? "Linux" : "Windows NT"]))
            .Concat(AnalysisCrashes.All.Take(3).Select((crash, i) => Copy(crash, $"lacking-{i}", values =>
            {
                if (i == 0)
                    values.Remove("cpu_arch");
            })));
        await index.IndexAsync([.. crashes], TestContext.Current.CancellationToken);
        await index.CommitAsync(null, TestContext.Current.CancellationToken);
        return index;
    }

    static CrashDocument Copy(CrashDocument crash, string uuid, Action<Dictionary<string,
        IReadOnlyList<object>>> change)
    {
        var values = new Dictionary<string, IReadOnlyList<object>>(crash.Values, StringComparer.Ordinal)
        {
            ["uuid"] = [uuid],
        };
        change(values);
        return new CrashDocument { Uuid = uuid, Date = crash.Date, Values = values, Frames = crash.Frames };
    }

    static string[] Text(IReadOnlyList<GroupRow> groups) =>
    [
        .. groups.Select(g => $"{string.Join("|", g.Key.Select(k => k ?? "(none)"))}: {g.Count} {g.Distinct} "
            + $"{g.Min} {g.Max} {string.Join(",", g.Percentiles)}"),
    ];

    public void Dispose() => _directory.Dispose();
}
