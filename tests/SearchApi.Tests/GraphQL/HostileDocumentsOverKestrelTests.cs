using System.Diagnostics;
using System.Net;
using CrashSearch.SearchApi.Tests.Support;

namespace CrashSearch.SearchApi.Tests.GraphQL;

/// <summary>
/// Issue 16's acceptance check end to end, over a real Kestrel port: each hostile document gets a 400 within 1 s
/// (a generous bound: it takes milliseconds) and the API keeps serving. The only timing assertion of these tests.
/// </summary>
public sealed class HostileDocumentsOverKestrelTests
{
    public static TheoryData<string, string> Attacks => new()
    {
        { "fragment chain", HostileDocuments.FragmentChain(1_500) },
        { "fragment fan-out", HostileDocuments.FragmentFanOut(30) },
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task A_hostile_document_gets_a_400_within_1_s_and_the_API_keeps_serving(string attack, string document)
    {
        using var directory = new TempDirectory("crash-search-hostile");
        await using var app = new CrashSearchApp(new Dictionary<string, string?> { ["Index:Path"] = directory.Path });
        app.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        using var client = app.CreateClient();
        // The first request pays for starting up (schema, JIT); it is not what is measured.
        Assert.Equal(HttpStatusCode.OK, (await GraphQLRequests.PostAsync(client, "{ crashes { totalCount } }")).Status);

        var clock = Stopwatch.StartNew();
        var refused = await GraphQLRequests.PostAsync(client, document);
        clock.Stop();

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal(["COMPLEXITY"], refused.ErrorCodes);
        Assert.True(
            clock.Elapsed < TimeSpan.FromSeconds(1), $"The {attack} took {clock.Elapsed.TotalMilliseconds:0} ms.");
        var after = await GraphQLRequests.PostAsync(client, "{ crashes { totalCount } }");
        Assert.Equal(HttpStatusCode.OK, after.Status);
        Assert.Equal(0, after.Data.GetProperty("crashes").GetProperty("totalCount").GetInt64());
    }
}
