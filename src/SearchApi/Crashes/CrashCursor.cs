using System.Buffers.Text;
using System.Text.Json;
using CrashSearch.Indexer.Queries;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>
/// Opaque page cursors: base64url of a small JSON object holding the hit's <see cref="SearchCursor"/> and the sort it
/// belongs to, so that a cursor replayed with another sort is refused instead of silently skipping crashes.
/// </summary>
internal static class CrashCursor
{
    const string NotACursor = "not a cursor returned by this API (use pageInfo.endCursor or an edge's cursor).";

    /// <summary>Describes a sort for cursors; the empty sort is the default (newest first).</summary>
    public static string SortKey(IReadOnlyList<SortField> sort) =>
        string.Join(',', sort.Select(s => s.Descending ? "-" + s.Field : s.Field));

    public static string Encode(SearchCursor cursor, string sortKey)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("k", sortKey);
            json.WriteStartArray("v");
            foreach (var value in cursor.SortValues)
                json.WriteStringValue(value);
            json.WriteEndArray();
            json.WriteString("u", cursor.Uuid);
            json.WriteEndObject();
        }
        return Base64Url.EncodeToString(buffer.ToArray());
    }

    /// <summary>The position a cursor names; a BAD_CURSOR error when the text is not a cursor of this sort.</summary>
    public static SearchCursor Decode(string text, string sortKey)
    {
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(text);
        }
        catch (FormatException)
        {
            throw CrashErrors.BadCursor(NotACursor);
        }
        try
        {
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("k", out var key) || key.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("v", out var values) || values.ValueKind != JsonValueKind.Array
                || !root.TryGetProperty("u", out var uuid) || uuid.GetString() is not { Length: > 0 } id
                || values.EnumerateArray().Any(v => v.ValueKind is not (JsonValueKind.String or JsonValueKind.Null)))
                throw CrashErrors.BadCursor(NotACursor);
            if (key.GetString() != sortKey)
                throw CrashErrors.BadCursor("the cursor belongs to a search with another sort; page with the sort it came from.");
            return new SearchCursor([.. values.EnumerateArray().Select(v => v.GetString())], id);
        }
        catch (JsonException)
        {
            throw CrashErrors.BadCursor(NotACursor);
        }
        catch (InvalidOperationException)
        {
            throw CrashErrors.BadCursor(NotACursor);
        }
    }
}
