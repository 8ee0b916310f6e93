namespace CrashSearch.SearchApi.Campaigns;

/// <summary>A row of <c>campaigns</c> as Dapper reads it.</summary>
internal sealed class CampaignRow
{
    public const string Columns = "id AS Id, saved_search_id AS SavedSearchId, subject AS Subject, body AS Body, "
        + "created_by AS CreatedBy, created_at AS CreatedAt, recipients AS Recipients, queued AS Queued, "
        + "suppressed AS Suppressed";

    public string Id { get; set; } = "";
    public string SavedSearchId { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    public string CreatedBy { get; set; } = "";
    public long CreatedAt { get; set; }
    public long Recipients { get; set; }
    public long Queued { get; set; }
    public long Suppressed { get; set; }

    public Campaign ToCampaign() => new(Id, SavedSearchId, Subject, Body, CreatedBy,
        DateTimeOffset.FromUnixTimeMilliseconds(CreatedAt), (int)Recipients, (int)Queued, (int)Suppressed);
}
