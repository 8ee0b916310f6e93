using System.Security.Cryptography;
using CrashSearch.SearchApi.Store;
using Dapper;

namespace CrashSearch.SearchApi.Campaigns;

/// <summary>Campaigns in the application store: what was sent, by whom, and how many mails it made.</summary>
internal sealed class CampaignStore(StoreDatabase database, TimeProvider time)
{
    public async Task<Campaign> CreateAsync(
        string savedSearchId, string subject, string body, string createdBy, CancellationToken cancellationToken)
    {
        var campaign = new Campaign("cmp_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            savedSearchId, subject, body, createdBy,
            DateTimeOffset.FromUnixTimeMilliseconds(time.GetUtcNow().ToUnixTimeMilliseconds()), 0, 0, 0);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO campaigns (id, saved_search_id, subject, body, created_by, created_at, recipients, queued, "
                + "suppressed) VALUES (@Id, @SavedSearchId, @Subject, @Body, @CreatedBy, @created, 0, 0, 0)",
            new
            {
                campaign.Id, campaign.SavedSearchId, campaign.Subject, campaign.Body, campaign.CreatedBy,
                created = campaign.CreatedAt.ToUnixTimeMilliseconds(),
            },
            cancellationToken: cancellationToken));
        return campaign;
    }

    public async Task<Campaign?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<CampaignRow>(new CommandDefinition(
            $"SELECT {CampaignRow.Columns} FROM campaigns WHERE id = @id", new { id },
            cancellationToken: cancellationToken));
        return row?.ToCampaign();
    }

    /// <summary>Every campaign, newest first.</summary>
    public async Task<IReadOnlyList<Campaign>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<CampaignRow>(new CommandDefinition(
            $"SELECT {CampaignRow.Columns} FROM campaigns ORDER BY created_at DESC, id",
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToCampaign())];
    }

    /// <summary>Records the counts of a send: the addresses found and suppressed now, the mails newly queued.
    /// </summary>
    public async Task<Campaign> RecordSendAsync(
        string id, int recipients, int newlyQueued, int suppressed, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE campaigns SET recipients = @recipients, queued = queued + @newlyQueued, suppressed = @suppressed "
                + "WHERE id = @id",
            new { id, recipients, newlyQueued, suppressed }, cancellationToken: cancellationToken));
        return (await GetAsync(id, cancellationToken))!;
    }
}
