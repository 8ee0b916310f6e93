using System.Text.Json;
using System.Text.Json.Serialization;
using CrashSearch.SearchApi.GraphQL;

namespace CrashSearch.SearchApi.Visibility;

/// <summary>Writes an instant as the GraphQL <c>DateTime</c> scalar does (UTC, ISO 8601).</summary>
internal sealed class InstantJsonConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(InstantGraphType.Format(value));
}
