using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries.Building;
using static CrashSearch.Indexer.Tests.Lucene.Crashes;

namespace CrashSearch.Indexer.Tests.Building;

/// <summary>
/// The use of a job that runs with no request, as alert evaluation will: a saved search's search-box text, a
/// window and its owner's rights are all it has to build the query from.
/// </summary>
public sealed class SavedSearchQueryTests : IDisposable
{
    readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task An_alert_evaluation_builds_its_query_from_saved_text_a_window_and_rights_alone()
    {
        using var index = await OpenWith(_directory,
            Crash("in-window", Monday.AddHours(2), new { signature = "OOM | small", platform = "Windows NT" }),
            Crash("other-platform", Monday.AddHours(3), new { signature = "OOM | small", platform = "Linux" }),
            Crash("before-window", Monday.AddHours(-2), new { signature = "OOM | small", platform = "Windows NT" }));
        var builder = new CrashQueryBuilder(FieldCatalogue.Default, new SearchLimits());
        var savedSearch = "signature:~OOM platform:Windows";
        var (since, until) = (Monday, Monday.AddDays(1));

        var built = builder.Build(
            new CrashQuestion { Search = [savedSearch], From = since, To = until, Columns = ["uuid"] },
            SearchRights.PublicFields,
            now: until);

        var result = await index.SearchAsync(built.Query, TestContext.Current.CancellationToken);
        Assert.Equal(["in-window"], result.Hits.Select(h => h.Uuid));
        Assert.Empty(built.Withheld);
    }

    [Fact]
    public async Task A_saved_search_over_a_protected_field_matches_only_for_an_owner_with_the_right()
    {
        using var index = await OpenWith(_directory,
            Crash("secret-url", Monday.AddHours(2), new { signature = "OOM", url = "https://secret.example/" }),
            Crash("public-url", Monday.AddHours(3), new { signature = "OOM", url = "https://example.com/" }));
        var builder = new CrashQueryBuilder(FieldCatalogue.Default, new SearchLimits());
        var question = new CrashQuestion { Search = ["url:~secret"], From = Monday, To = Monday.AddDays(1) };

        var owner = builder.Build(question, SearchRights.ProtectedFields, Monday.AddDays(1));
        var anonymous = builder.Build(question, SearchRights.PublicFields, Monday.AddDays(1));

        var cancellationToken = TestContext.Current.CancellationToken;
        var forOwner = await index.SearchAsync(owner.Query, cancellationToken);
        Assert.Equal(["secret-url"], forOwner.Hits.Select(h => h.Uuid));
        Assert.Equal(2, (await index.SearchAsync(anonymous.Query, cancellationToken)).Total);
        Assert.Equal(
            ["field 'url' requires the read-protected permission and was ignored in filter"], anonymous.Withheld);
    }
}
