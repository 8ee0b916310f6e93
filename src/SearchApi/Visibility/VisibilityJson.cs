using System.Text.Json;

namespace CrashSearch.SearchApi.Visibility;

/// <summary>
/// How the REST twins write the reports: the GraphQL field names (camelCase) and its instants (UTC, ISO 8601), so
/// that both doors give the same answer.
/// </summary>
internal static class VisibilityJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new InstantJsonConverter() },
    };
}
