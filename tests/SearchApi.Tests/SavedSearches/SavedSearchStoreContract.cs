using CrashSearch.Indexer.Queries;
using CrashSearch.SearchApi.Crashes;
using CrashSearch.SearchApi.Keys;
using CrashSearch.SearchApi.SavedSearches;
using CrashSearch.SearchApi.Store;

namespace CrashSearch.SearchApi.Tests.SavedSearches;

/// <summary>
/// What the saved-search store must do, on SQLite (<see cref="SavedSearchStoreOnSqliteTests"/>) and on a real
/// PostgreSQL server (<see cref="SavedSearchStoreOnPostgresTests"/>).
/// </summary>
public abstract class SavedSearchStoreContract
{
    static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    static readonly SavedSearchDraft Draft = new(
        "OOM on release",
        "function[5]:mozilla::dom::* AND release_channel:release",
        [new FieldFilter("product", PredicateOperator.Exact, ["Firefox", "Fenix"], Negate: false,
                WithinTopFrames: null),
            new FieldFilter("function", PredicateOperator.StartsWith, ["js::gc"], Negate: true, WithinTopFrames: 3)],
        "7d",
        ["signature", "url"],
        ["platform"],
        SavedSearchVisibility.Link);

    /// <summary>A new, empty store (not migrated).</summary>
    private protected abstract Task<StoreDatabase> CreateDatabaseAsync();

    async Task<(SavedSearchStore Searches, ApiKeyStore Keys, StoreDatabase Database)> CreateAsync()
    {
        var database = await CreateDatabaseAsync();
        StoreMigrations.Apply(database);
        var time = new StoppedClock(Now);
        return (new SavedSearchStore(database, time), new ApiKeyStore(database, time), database);
    }

    [Fact]
    public async Task A_created_search_is_read_back_whole_with_its_owner_name()
    {
        var (searches, keys, _) = await CreateAsync();
        var owner = await keys.CreateAsync(
            "dashboard", [ApiKeyScopes.Write], null, TestContext.Current.CancellationToken);
        var created = await searches.CreateAsync(owner.Key.Id, Draft, TestContext.Current.CancellationToken);
        var read = await searches.GetAsync(created.Id, TestContext.Current.CancellationToken);
        Assert.NotNull(read);
        Assert.Equal(created.Id, read.Id);
        Assert.Equal(Draft.Name, read.Name);
        Assert.Equal(Draft.Search, read.Search);
        Assert.Equal(Draft.Filters, read.Filters, FilterComparer.Instance);
        Assert.Equal(("7d", SavedSearchVisibility.Link), (read.Window, read.Visibility));
        Assert.Equal(["signature", "url"], read.Columns);
        Assert.Equal(["platform"], read.Facets);
        Assert.Equal((owner.Key.Id, "dashboard"), (read.Owner, read.OwnerName));
        Assert.Equal((Now, Now), (read.CreatedAt, read.UpdatedAt));
        Assert.Null(await searches.GetAsync(created.Id + "x", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Ids_are_26_characters_of_lower_case_base32_and_never_repeat()
    {
        var (searches, _, _) = await CreateAsync();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 20; i++)
            ids.Add((await searches.CreateAsync("key_a", Draft, TestContext.Current.CancellationToken)).Id);
        Assert.Equal(20, ids.Count);
        Assert.All(ids, id => Assert.Matches("^[a-z2-7]{26}$", id));
    }

    [Fact]
    public async Task Only_the_owner_updates_or_deletes_a_search()
    {
        var (earlier, _, database) = await CreateAsync();
        var created = await earlier.CreateAsync("key_a", Draft, TestContext.Current.CancellationToken);
        var searches = new SavedSearchStore(database, new StoppedClock(Now.AddHours(1)));
        var changed = Draft with
        {
            Name = "renamed", Window = null, Filters = [], Visibility = SavedSearchVisibility.Public,
        };
        Assert.Null(await searches.UpdateAsync(created.Id, "key_b", changed, TestContext.Current.CancellationToken));
        Assert.False(await searches.DeleteAsync(created.Id, "key_b", TestContext.Current.CancellationToken));
        var unchanged = await searches.GetAsync(created.Id, TestContext.Current.CancellationToken);
        Assert.Equal((Draft.Name, Now), (unchanged!.Name, unchanged.UpdatedAt));
        var updated = await searches.UpdateAsync(created.Id, "key_a", changed, TestContext.Current.CancellationToken);
        Assert.NotNull(updated);
        Assert.Equal(("renamed", null, SavedSearchVisibility.Public),
            (updated.Name, updated.Window, updated.Visibility));
        Assert.Empty(updated.Filters);
        Assert.Equal((Now, Now.AddHours(1)), (updated.CreatedAt, updated.UpdatedAt));
        Assert.True(await searches.DeleteAsync(created.Id, "key_a", TestContext.Current.CancellationToken));
        Assert.Null(await searches.GetAsync(created.Id, TestContext.Current.CancellationToken));
        Assert.False(await searches.DeleteAsync(created.Id, "key_a", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Public_lists_only_public_searches_and_mine_lists_every_one_of_the_owner()
    {
        var (searches, _, _) = await CreateAsync();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (owner, visibility) in new[]
        {
            ("key_a", SavedSearchVisibility.Private), ("key_a", SavedSearchVisibility.Link),
            ("key_a", SavedSearchVisibility.Public), ("key_b", SavedSearchVisibility.Public),
        })
        {
            var draft = Draft with { Name = $"{owner} {visibility}", Visibility = visibility };
            var created = await searches.CreateAsync(owner, draft, TestContext.Current.CancellationToken);
            ids[created.Name] = created.Id;
        }
        var listed = await searches.ListPublicAsync(TestContext.Current.CancellationToken);
        Assert.Equal(["key_a Public", "key_b Public"], listed.Select(s => s.Name).Order(StringComparer.Ordinal));
        var mine = await searches.ListOwnedAsync("key_a", TestContext.Current.CancellationToken);
        Assert.Equal(["key_a Link", "key_a Private", "key_a Public"],
            mine.Select(s => s.Name).Order(StringComparer.Ordinal));
        Assert.Empty(await searches.ListOwnedAsync("key_c", TestContext.Current.CancellationToken));
    }

    /// <summary>Filters are records holding lists, which compare by reference; this compares their contents.</summary>
    sealed class FilterComparer : IEqualityComparer<FieldFilter>
    {
        public static readonly FilterComparer Instance = new();

        public bool Equals(FieldFilter? x, FieldFilter? y) =>
            x is not null && y is not null && x with { Values = [] } == y with { Values = [] }
            && x.Values.SequenceEqual(y.Values, StringComparer.Ordinal);

        public int GetHashCode(FieldFilter obj) => obj.Field.GetHashCode(StringComparison.Ordinal);
    }
}
