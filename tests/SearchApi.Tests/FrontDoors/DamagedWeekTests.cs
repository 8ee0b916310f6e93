using System.Net;
using System.Text.Json.Nodes;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Lucene;
using CrashSearch.SearchApi.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CrashSearch.SearchApi.Tests.FrontDoors;

/// <summary>
/// A week folder damaged on disk (issue 16), served read-only as an operator would: every answer of both doors
/// leaves the week out and names it in its errors, the same answer on every request, and readiness is refused.
/// </summary>
public sealed class DamagedWeekTests : IDisposable
{
    const string Week = "2026-W47";
    const string Named = "week 2026-W47 could not be read and was not searched";
    const int Repeats = 20;

    static readonly DateTimeOffset WeekStart = new(2026, 11, 16, 0, 0, 0, TimeSpan.Zero);
    static readonly DateTimeOffset From = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    readonly TempDirectory _directory = new("damaged-week");

    static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>The sample crashes of the window that are not in the damaged week.</summary>
    static long Readable => SampleCrashes.All.Count(c => c.Date >= From && c.Date < WeekStart);

    public void Dispose() => _directory.Dispose();

    [Theory]
    [MemberData(nameof(WeekFolderDamage.All), MemberType = typeof(WeekFolderDamage))]
    public async Task SuperSearch_answers_from_the_readable_weeks_and_names_the_damaged_one_on_every_request(
        string damage)
    {
        using var app = await ServeDamagedAsync(damage);
        using var client = app.CreateClient();
        var answer = await SameAnswerOnEveryRequestAsync(async () =>
        {
            using var response = await client.GetAsync(
                "/api/SuperSearch?date=%3E%3D2026-11-01&_columns=uuid&_facets=product", Token);
            return (response.StatusCode, await response.Content.ReadAsStringAsync(Token));
        });
        var body = JsonNode.Parse(answer)!;
        Assert.Equal(Readable, body["total"]!.GetValue<long>());
        Assert.Contains(
            body["errors"]!.AsArray(), e => e!.GetValue<string>().StartsWith(Named, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(WeekFolderDamage.All), MemberType = typeof(WeekFolderDamage))]
    public async Task GraphQL_answers_from_the_readable_weeks_and_names_the_damaged_one_on_every_request(string damage)
    {
        using var app = await ServeDamagedAsync(damage);
        using var client = app.CreateClient();
        var answer = await SameAnswerOnEveryRequestAsync(async () =>
        {
            var result = await GraphQLRequests.PostAsync(client,
                "{ crashes(from: \"2026-11-01\") { totalCount errors edges { node { uuid } } "
                + "facet(field: PRODUCT) { term count } } }");
            return (result.Status, result.Body.GetRawText());
        });
        var crashes = JsonNode.Parse(answer)!["data"]!["crashes"]!;
        Assert.Equal(Readable, crashes["totalCount"]!.GetValue<long>());
        Assert.Contains(
            crashes["errors"]!.AsArray(), e => e!.GetValue<string>().StartsWith(Named, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(WeekFolderDamage.All), MemberType = typeof(WeekFolderDamage))]
    public async Task Readiness_is_refused_and_names_the_damaged_week(string damage)
    {
        using var app = await ServeDamagedAsync(damage);
        using var client = app.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.GetAsync("/health/ready", Token);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(Token))!;
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("damaged", body["status"]!.GetValue<string>());
            var week = Assert.Single(body["index"]!["damaged"]!.AsArray())!;
            Assert.Equal(Week, week["week"]!.GetValue<string>());
            Assert.False(string.IsNullOrWhiteSpace(week["reason"]!.GetValue<string>()));
            Assert.Equal(SampleCrashes.All.Count(c => c.Date < WeekStart), body["index"]!["crashes"]!.GetValue<long>());
        }
        // The process itself is fine: liveness stays ok.
        using var live = await client.GetAsync("/health", Token);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    /// <summary>Asks <see cref="Repeats"/> times; every answer must be a 200 and all must be the same.</summary>
    static async Task<string> SameAnswerOnEveryRequestAsync(Func<Task<(HttpStatusCode Status, string Body)>> ask)
    {
        var answers = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Repeats; i++)
        {
            var (status, body) = await ask();
            Assert.True(status == HttpStatusCode.OK, $"request {i}: {(int)status} {body}");
            answers.Add(body);
        }
        return Assert.Single(answers);
    }

    async Task<CrashSearchApp> ServeDamagedAsync(string damage)
    {
        using (var writer = LuceneCrashIndex.Open(_directory.Path, FieldCatalogue.Default))
        {
            await writer.IndexAsync(SampleCrashes.All, Token);
            await writer.CommitAsync(null, Token);
        }
        WeekFolderDamage.Apply(Path.Combine(_directory.Path, Week), damage);
        return new CrashSearchApp(
            new Dictionary<string, string?> { ["Index:Path"] = _directory.Path, ["Index:ReadOnly"] = "true" },
            services => services.AddSingleton<TimeProvider>(new StoppedClock(SampleCrashes.Now)));
    }
}
