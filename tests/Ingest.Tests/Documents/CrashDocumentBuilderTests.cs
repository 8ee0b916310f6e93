using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CrashSearch.Indexer.Documents;
using CrashSearch.Indexer.Fields;
using CrashSearch.Ingest.Tests.Support;

namespace CrashSearch.Ingest.Tests.Documents;

public sealed class CrashDocumentBuilderTests
{
    static readonly CrashDocumentBuilder Builder = new(FieldCatalogue.Default);

    static CrashDocument Build(JsonObject crash) => Builder.Build(Encoding.UTF8.GetBytes(crash.ToJsonString()));

    static string Refused(JsonObject crash) => Assert.Throws<InvalidCrashException>(() => Build(crash)).Message;

    [Fact]
    public void A_processed_crash_becomes_a_document_with_typed_values()
    {
        var document = Build(TestCrashes.Minimal("abc-123"));

        Assert.Equal("abc-123", document.Uuid);
        Assert.Equal(TestCrashes.Date, document.Date);
        Assert.Equal(TimeSpan.Zero, document.Date.Offset);
        Assert.Equal(["abc-123"], document.Values["uuid"]);
        Assert.Equal([TestCrashes.Date], document.Values["date"]);
        Assert.Equal(["Firefox"], document.Values["product"]);
        Assert.Equal(["Windows NT"], document.Values["platform"]);
        Assert.Equal([8L], document.Values["cpu_count"]);
        Assert.Equal([20261101123456L], document.Values["build_id"]);
        Assert.False(document.Values.ContainsKey("reason"));
        Assert.False(document.Values.ContainsKey("function"));
    }

    [Fact]
    public void Parsed_elements_are_converted_like_bytes()
    {
        using var json = JsonDocument.Parse(TestCrashes.Minimal("abc-123").ToJsonString());
        var document = Builder.Build(json.RootElement);
        Assert.Equal("abc-123", document.Uuid);
        Assert.Equal(2, document.Frames.Count);
    }

    [Theory]
    [InlineData("2026-11-20 14:03:11.123456+00:00", "2026-11-20T14:03:11.1234560Z")]
    [InlineData("2026-11-20T14:03:11.123456+00:00", "2026-11-20T14:03:11.1234560Z")]
    [InlineData("2026-11-20T14:03:11Z", "2026-11-20T14:03:11Z")]
    [InlineData("2026-11-20T14:03:11", "2026-11-20T14:03:11Z")]
    [InlineData("2026-11-20 14:03:11", "2026-11-20T14:03:11Z")]
    [InlineData("2026-11-20T15:03:11+01:00", "2026-11-20T14:03:11Z")]
    [InlineData("2026-11-20T09:03:11-0500", "2026-11-20T14:03:11Z")]
    [InlineData("2026-11-20T14:03Z", "2026-11-20T14:03:00Z")]
    [InlineData("2026-11-20", "2026-11-20T00:00:00Z")]
    [InlineData("2026-11-20T14:03:11.1234567Z", "2026-11-20T14:03:11.1234567Z")]
    [InlineData("2026-11-20T14:03:11.5-05:00", "2026-11-20T19:03:11.5Z")]
    [InlineData("2026-11-20t14:03:11z", "2026-11-20T14:03:11Z")]
    [InlineData("2024-02-29T23:59:59+14:00", "2024-02-29T09:59:59Z")]
    public void Date_processed_accepts_ISO_8601_with_or_without_offset_and_Socorro_s_space(string text, string expected)
    {
        var crash = TestCrashes.Minimal("u1");
        crash["date_processed"] = text;
        var date = Build(crash).Date;
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
        Assert.Equal(TimeSpan.Zero, date.Offset);
    }

    [Fact]
    public void A_crash_without_uuid_is_refused()
    {
        var crash = TestCrashes.Minimal("u1");
        crash.Remove("uuid");
        Assert.Equal("required field 'uuid' (uuid) is missing", Refused(crash));
        crash["uuid"] = null;
        Assert.Equal("required field 'uuid' (uuid) is missing", Refused(crash));
    }

    [Fact]
    public void A_uuid_that_is_not_a_string_is_refused()
    {
        var crash = TestCrashes.Minimal("u1");
        crash["uuid"] = 42;
        Assert.Equal("field 'uuid' (uuid): expected a string, got number 42", Refused(crash));
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("../../etc/passwd")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123456789")]
    public void A_uuid_that_is_not_a_crash_id_is_refused(string uuid)
    {
        var crash = TestCrashes.Minimal("u1");
        crash["uuid"] = uuid;
        Assert.Contains("is not a crash id (1 to 64 characters of 0-9, a-z, A-Z and '-')", Refused(crash), StringComparison.Ordinal);
    }

    [Fact]
    public void A_crash_without_date_processed_is_refused()
    {
        var crash = TestCrashes.Minimal("u1");
        crash.Remove("date_processed");
        Assert.Equal("required field 'date' (date_processed) is missing", Refused(crash));
    }

    [Theory]
    [InlineData("\"yesterday\"", "string \"yesterday\"")]
    [InlineData("\"2026-13-01\"", "string \"2026-13-01\"")]
    [InlineData("1700000000", "number 1700000000")]
    [InlineData("\"2026-02-30T10:00:00Z\"", "string \"2026-02-30T10:00:00Z\"")]
    [InlineData("\"2026-11-20T24:00:00Z\"", "string \"2026-11-20T24:00:00Z\"")]
    [InlineData("\"2026-11-20T14:03:11.123456789Z\"", "string \"2026-11-20T14:03:11.123456789Z\"")]
    [InlineData("\"2026-11-20T14:03:11+25:00\"", "string \"2026-11-20T14:03:11+25:00\"")]
    public void A_date_processed_that_is_not_ISO_8601_is_refused(string json, string described)
    {
        var crash = TestCrashes.Minimal("u1");
        crash["date_processed"] = JsonNode.Parse(json);
        Assert.Equal($"field 'date' (date_processed): expected an ISO-8601 date, got {described}", Refused(crash));
    }

    [Fact]
    public void The_root_must_be_an_object()
    {
        var message = Assert.Throws<InvalidCrashException>(() => Builder.Build("[1,2]"u8.ToArray())).Message;
        Assert.Equal("a processed crash must be a JSON object, got an array", message);
    }

    [Fact]
    public void Invalid_JSON_reports_the_parser_error_and_its_position()
    {
        var message = Assert.Throws<InvalidCrashException>(() => Builder.Build("{\"uuid\": \"a\",\n \"product\": }"u8.ToArray())).Message;
        Assert.StartsWith("invalid JSON: ", message, StringComparison.Ordinal);
        Assert.Contains("LineNumber: 1", message, StringComparison.Ordinal);
        Assert.Contains("BytePositionInLine", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_after_the_crash_object_is_invalid_JSON()
    {
        var bytes = Encoding.UTF8.GetBytes(TestCrashes.Minimal("u1").ToJsonString() + " {}");
        Assert.StartsWith("invalid JSON: ", Assert.Throws<InvalidCrashException>(() => Builder.Build(bytes)).Message, StringComparison.Ordinal);
        Assert.Throws<InvalidCrashException>(() => Builder.Build(""u8.ToArray()));
    }

    [Fact]
    public void The_error_for_a_wrongly_typed_nested_value_names_the_field_and_its_source()
    {
        var crash = TestCrashes.Minimal("u1");
        crash["json_dump"]!["system_info"]!["cpu_count"] = "abc";
        Assert.Equal("field 'cpu_count' (json_dump.system_info.cpu_count): expected an integer, got string \"abc\"", Refused(crash));
    }
}
