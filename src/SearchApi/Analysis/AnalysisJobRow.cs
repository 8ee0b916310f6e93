using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrashSearch.SearchApi.Analysis;

/// <summary>A row of <c>analysis_jobs</c> as Dapper reads it.</summary>
internal sealed class AnalysisJobRow
{
    public const string Columns = "id AS Id, owner AS Owner, spec AS Spec, state AS State, scanned AS Scanned, "
        + "total AS Total, created_at AS CreatedAt, started_at AS StartedAt, finished_at AS FinishedAt, "
        + "expires_at AS ExpiresAt, error AS Error";

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public string Id { get; set; } = "";
    public string Owner { get; set; } = "";
    public string Spec { get; set; } = "";
    public string State { get; set; } = "";
    public long Scanned { get; set; }
    public long? Total { get; set; }
    public long CreatedAt { get; set; }
    public long? StartedAt { get; set; }
    public long? FinishedAt { get; set; }
    public long? ExpiresAt { get; set; }
    public string? Error { get; set; }

    public static string StateName(AnalysisJobState state) => state.ToString().ToUpperInvariant();

    public static string SpecText(AnalysisJobSpec spec) => JsonSerializer.Serialize(spec, Json);

    public AnalysisJob ToJob() => new(
        Id,
        Owner,
        JsonSerializer.Deserialize<AnalysisJobSpec>(Spec, Json)
            ?? throw new InvalidOperationException($"Analysis job {Id} has no spec."),
        Enum.Parse<AnalysisJobState>(State, ignoreCase: true),
        Scanned,
        Total,
        DateTimeOffset.FromUnixTimeMilliseconds(CreatedAt),
        Instant(StartedAt),
        Instant(FinishedAt),
        Instant(ExpiresAt),
        Error);

    static DateTimeOffset? Instant(long? milliseconds) =>
        milliseconds is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
}
