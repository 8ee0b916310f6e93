using CrashSearch.SearchApi.Store;
using Dapper;

namespace CrashSearch.SearchApi.SavedSearches;

/// <summary>
/// Saved searches in the application store. It checks no rights: the GraphQL fields and SuperSearch decide who may
/// read or change what (<see cref="SavedSearch.IsReadableBy"/>, <see cref="SavedSearch.IsOwnedBy"/>).
/// </summary>
internal sealed class SavedSearchStore(StoreDatabase database, TimeProvider time)
{
    // The owner key's name is joined in so that answers can show it; a deleted key leaves it null.
    const string Select = "SELECT s.id AS Id, s.owner AS Owner, k.name AS OwnerName, s.name AS Name, "
        + "s.search AS Search, s.filters AS Filters, s.time_window AS TimeWindow, s.columns AS Columns, "
        + "s.facets AS Facets, s.visibility AS Visibility, s.created_at AS CreatedAt, s.updated_at AS UpdatedAt "
        + "FROM saved_searches s LEFT JOIN api_keys k ON k.id = s.owner";

    public async Task<SavedSearch> CreateAsync(
        string owner, SavedSearchDraft draft, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var row = SavedSearchRow.From(StoreIds.New(), owner, draft, now, now);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO saved_searches (id, owner, name, search, filters, time_window, columns, facets, visibility, "
                + "created_at, updated_at) VALUES (@Id, @Owner, @Name, @Search, @Filters, @TimeWindow, @Columns, "
                + "@Facets, @Visibility, @CreatedAt, @UpdatedAt)",
            row, cancellationToken: cancellationToken));
        return (await GetAsync(row.Id, cancellationToken))!;
    }

    /// <summary>The saved search with this id, whoever owns it; null when there is none.</summary>
    public async Task<SavedSearch?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<SavedSearchRow>(new CommandDefinition(
            $"{Select} WHERE s.id = @id", new { id }, cancellationToken: cancellationToken));
        return row?.ToSavedSearch();
    }

    /// <summary>The searches <paramref name="owner"/> created, oldest first.</summary>
    public Task<IReadOnlyList<SavedSearch>> ListOwnedAsync(string owner, CancellationToken cancellationToken) =>
        ListAsync("WHERE s.owner = @owner", new { owner }, cancellationToken);

    /// <summary>Every PUBLIC search, oldest first (LINK searches are never listed).</summary>
    public Task<IReadOnlyList<SavedSearch>> ListPublicAsync(CancellationToken cancellationToken) =>
        ListAsync("WHERE s.visibility = @visibility", new { visibility = nameof(SavedSearchVisibility.Public) },
            cancellationToken);

    /// <summary>Replaces a search's state when <paramref name="owner"/> owns it; null when it does not or there is
    /// no such search.</summary>
    public async Task<SavedSearch?> UpdateAsync(
        string id, string owner, SavedSearchDraft draft, CancellationToken cancellationToken)
    {
        var row = SavedSearchRow.From(id, owner, draft, 0, time.GetUtcNow().ToUnixTimeMilliseconds());
        await using var connection = await database.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE saved_searches SET name = @Name, search = @Search, filters = @Filters, time_window = @TimeWindow, "
                + "columns = @Columns, facets = @Facets, visibility = @Visibility, updated_at = @UpdatedAt "
                + "WHERE id = @Id AND owner = @Owner",
            row, cancellationToken: cancellationToken));
        return changed == 1 ? await GetAsync(id, cancellationToken) : null;
    }

    /// <summary>Deletes a search <paramref name="owner"/> owns; false when it does not or there is no such search.
    /// </summary>
    public async Task<bool> DeleteAsync(string id, string owner, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var deleted = await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM saved_searches WHERE id = @id AND owner = @owner", new { id, owner },
            cancellationToken: cancellationToken));
        return deleted == 1;
    }

    async Task<IReadOnlyList<SavedSearch>> ListAsync(
        string where, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<SavedSearchRow>(new CommandDefinition(
            $"{Select} {where} ORDER BY s.created_at, s.id", parameters, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToSavedSearch())];
    }
}
