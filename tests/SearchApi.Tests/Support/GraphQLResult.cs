using System.Net;
using System.Text.Json;

namespace CrashSearch.SearchApi.Tests.Support;

/// <summary>A GraphQL response as a test reads it.</summary>
public sealed record GraphQLResult(HttpStatusCode Status, string? MediaType, JsonElement Body)
{
    public JsonElement Data => Body.GetProperty("data");

    public IReadOnlyList<string> ErrorCodes => Errors.Select(e => e.GetProperty("extensions").GetProperty("code").GetString()!).ToList();

    public IReadOnlyList<string> ErrorMessages => Errors.Select(e => e.GetProperty("message").GetString()!).ToList();

    IEnumerable<JsonElement> Errors =>
        Body.TryGetProperty("errors", out var errors) ? errors.EnumerateArray() : [];

    /// <summary>The uuids of <c>crashes.edges</c> (or another connection's path) in order.</summary>
    public IReadOnlyList<string> Uuids(string connection = "crashes") =>
        Data.GetProperty(connection).GetProperty("edges").EnumerateArray()
            .Select(edge => edge.GetProperty("node").GetProperty("uuid").GetString()!)
            .ToList();
}
